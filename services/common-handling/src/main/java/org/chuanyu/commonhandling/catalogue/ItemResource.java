package org.chuanyu.commonhandling.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.jurisdiction.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * {@code /api/common-handling/items}: the common item catalogue (事项清单), readable by every
 * authenticated caller of either province. Items and their versions enter it only through a
 * proposal that one admin of each province approves.
 */
@Path("/api/common-handling/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Item catalogue", description = "Items both provinces handle (川渝通办), versioned, with two-province "
        + "approval of every new item and version")
@SecurityRequirement(name = "bearer")
public class ItemResource {

    @Inject
    BusinessClock businessClock;
    private static final String BASE = "/api/common-handling/items/";

    @Inject
    ItemCatalogue catalogue;
    @Inject
    CatalogueChanges changes;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits pageLimits;

    @GET
    @Operation(operationId = "listItems",
            summary = "List the catalogue", description = "Items with their version in force on asOf (default "
            + "today, Asia/Shanghai), ordered by code. Filters apply to that version: mode, batch, and q on the code "
            + "and both names.")
    @APIResponse(responseCode = "200", description = "A page of in-force versions, one per item")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<ItemVersionView> list(
            @Parameter(description = "FULLY_ONLINE, PROXY_ACCEPTANCE or JOINT_HANDLING") @QueryParam("mode") String mode,
            @Parameter(description = "Batch number", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("batch") String batch,
            @Parameter(description = "Part of the code, the Chinese or the English name", example = "就医") @QueryParam("q") String q,
            @Parameter(description = "Date the versions are in force on; default today") @QueryParam("asOf") String asOf,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        ItemFilter filter = new ItemFilter(QueryParameters.asOf(asOf, businessClock),
                QueryParameters.choice("mode", mode, HandlingMode.class, HandlingMode::name),
                QueryParameters.wholeNumber("batch", batch), q == null || q.isBlank() ? null : q.strip());
        return catalogue.list(filter, pageLimits.request(cursor, limit));
    }

    @GET
    @Path("versions")
    @Operation(operationId = "listItemVersions",
            summary = "List versions across items", description = "Versions of every item of the catalogue, newest "
            + "proposal first, optionally in one status: status=PENDING is what waits for the provinces' approval "
            + "(awaiting names the provinces still to approve), so a caller need not read every item. Readable by "
            + "every authenticated caller, like the catalogue.")
    @APIResponse(responseCode = "200", description = "A page of versions, newest proposal first")
    @APIResponse(responseCode = "400", description = "An unknown status, or a bad limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Page<ItemVersionView> versions(
            @Parameter(description = "Only versions in this state", example = "PENDING",
                    schema = @Schema(implementation = VersionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        caller.require();
        return catalogue.versions(QueryParameters.choice("status", status, VersionStatus.class, Enum::name),
                pageLimits.request(cursor, limit));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getItem",
            summary = "Get an item", description = "The version in force today, the version waiting for approval "
            + "(if any), and every version with its status and approvals (who, which province, when).")
    @APIResponse(responseCode = "200", description = "The item; ETag is the revision to send in If-Match",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such item")
    public Response get(@Parameter(example = "yidi-jiuyi-beian") @PathParam("code") String code) {
        caller.require();
        Versioned<ItemView> item = catalogue.get(code);
        return Response.ok(item.body()).header(HttpHeaders.ETAG, ETags.of(item.version())).build();
    }

    @GET
    @Path("{code}/versions/{number}")
    @Operation(operationId = "getItemVersion",
            summary = "Get a version of an item", description = "Any version, whatever its status: running cases "
            + "refer to the version they started with.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = ItemVersionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such item or version")
    public ItemVersionView version(@Parameter(example = "shipin-jingying-xuke") @PathParam("code") String code,
                                   @Parameter(example = "2") @PathParam("number") int number) {
        caller.require();
        return catalogue.requireVersion(code, number);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeItem",
            summary = "Propose a new item", description = "For a province-admin or a cross-province-admin. The "
            + "item's first version waits for one approval from each province (proposing is not approving); only "
            + "then is it in the catalogue, from its effective date.")
    @APIResponse(responseCode = "201", description = "Proposed: the pending first version; Location names it, ETag "
            + "is the item's revision", content = @Content(schema = @Schema(implementation = ItemVersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only admins change the catalogue")
    @APIResponse(responseCode = "409", description = "The code is in the catalogue already")
    public Response proposeItem(ItemDraft draft) {
        return created(changes.proposeItem(caller.require(), draft));
    }

    @POST
    @Path("{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeItemVersion",
            summary = "Propose a new version", description = "The item's whole content as it will be from "
            + "effectiveFrom, with the item's ETag in If-Match. For a province-admin or a cross-province-admin; "
            + "nothing changes until both provinces approve. One version waits at a time.")
    @APIResponse(responseCode = "201", description = "Proposed: the pending version; Location names it, ETag is the "
            + "item's new revision", content = @Content(schema = @Schema(implementation = ItemVersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only admins change the catalogue")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Another version of the item is still waiting")
    @APIResponse(responseCode = "412", description = "If-Match names an older revision of the item")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response proposeVersion(@Parameter(example = "qiye-zhusuo-biangeng") @PathParam("code") String code,
                                   @Parameter(description = "The item's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   ItemDraft draft) {
        return created(changes.proposeVersion(caller.require(), code, ifMatch, draft));
    }

    @POST
    @Path("{code}/versions/{number}/approvals")
    @Operation(operationId = "approveItemVersion",
            summary = "Approve a version for the caller's province", description = "One approval per province, by "
            + "a province-admin or a cross-province-admin; two from the same province do not count. The second "
            + "province's approval puts the version in the catalogue from its effective date (today, if that date "
            + "has passed).")
    @APIResponse(responseCode = "200", description = "The version after the approval (APPROVED once both provinces "
            + "have approved); ETag is the item's new revision",
            content = @Content(schema = @Schema(implementation = ItemVersionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only admins approve")
    @APIResponse(responseCode = "404", description = "No such item or version")
    @APIResponse(responseCode = "409", description = "Already decided, or the caller's province already approved")
    public Response approve(@Parameter(example = "qiye-zhusuo-biangeng") @PathParam("code") String code,
                            @Parameter(example = "2") @PathParam("number") int number) {
        return withETag(changes.approve(caller.require(), code, number));
    }

    @POST
    @Path("{code}/versions/{number}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectItemVersion",
            summary = "Reject a version", description = "Either province may turn a waiting version down, with a "
            + "reason; the catalogue stays as it is.")
    @APIResponse(responseCode = "200", description = "The rejected version; ETag is the item's new revision",
            content = @Content(schema = @Schema(implementation = ItemVersionView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only admins reject")
    @APIResponse(responseCode = "404", description = "No such item or version")
    @APIResponse(responseCode = "409", description = "Already decided")
    public Response reject(@Parameter(example = "qiye-zhusuo-biangeng") @PathParam("code") String code,
                           @Parameter(example = "2") @PathParam("number") int number, RejectVersionRequest request) {
        return withETag(changes.reject(caller.require(), code, number,
                request == null ? new RejectVersionRequest(null) : request));
    }

    private static Response created(Versioned<ItemVersionView> proposed) {
        ItemVersionView v = proposed.body();
        return Response.created(URI.create(BASE + v.code() + "/versions/" + v.number()))
                .header(HttpHeaders.ETAG, ETags.of(proposed.version())).entity(v).build();
    }

    private static Response withETag(Versioned<ItemVersionView> result) {
        return Response.ok(result.body()).header(HttpHeaders.ETAG, ETags.of(result.version())).build();
    }
}
