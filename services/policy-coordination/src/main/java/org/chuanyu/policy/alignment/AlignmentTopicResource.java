package org.chuanyu.policy.alignment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.jurisdiction.web.TabularFile.Column;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

@Path("/api/policies/alignment-topics")
@Tag(name = "Alignment topics", description = "异地同标: the two provinces' policies on one topic compared parameter by parameter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlignmentTopicResource {

    @Inject
    AlignmentTopics topics;
    @Inject
    BusinessClock businessClock;

    /** The dashboard export's columns: a topic and each side's policy (headers as the park export writes them). */
    static final List<Column<TopicView>> DASHBOARD_COLUMNS = List.of(
            new Column<>("状态 status", t -> t.status().name()),
            new Column<>("编码 code", TopicView::code),
            new Column<>("名称 title", TopicView::title),
            new Column<>("英文名称 titleEn", TopicView::titleEn),
            new Column<>("四川文号 sichuan.documentNumber", side(TopicView::sichuan, TopicView.PolicyRef::documentNumber)),
            new Column<>("四川政策 sichuan.title", side(TopicView::sichuan, TopicView.PolicyRef::title)),
            new Column<>("重庆文号 chongqing.documentNumber", side(TopicView::chongqing, TopicView.PolicyRef::documentNumber)),
            new Column<>("重庆政策 chongqing.title", side(TopicView::chongqing, TopicView.PolicyRef::title)),
            new Column<>("差异参数 differing", t -> String.join(";", t.differing())));

    /** A field of one side's policy; empty when the topic shows none on that side. */
    private static Function<TopicView, Object> side(Function<TopicView, TopicView.PolicyRef> side,
                                                    Function<TopicView.PolicyRef, String> field) {
        return t -> side.apply(t) == null ? null : field.apply(side.apply(t));
    }

    @GET
    @Operation(operationId = "listAlignmentTopics",
            summary = "List alignment topics", description = "Every topic (reference data), ordered by id.")
    @APIResponse(responseCode = "200", description = "One page of topics")
    @APIResponse(responseCode = "400", description = "An invalid status, limit or cursor")
    public Page<TopicView> list(@QueryParam("status") @Parameter(description = "ALIGNED, DIVERGENT or MISSING_ON_ONE_SIDE") String status,
                                @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return topics.list(status, cursor, QueryParameters.wholeNumber("limit", limit));
    }

    @GET
    @Path("dashboard")
    @Operation(operationId = "getAlignmentDashboard",
            summary = "Alignment dashboard", description = "All topics grouped by status, with counts.")
    @APIResponse(responseCode = "200", description = "The dashboard")
    public Dashboard dashboard() {
        return topics.dashboard();
    }

    @GET
    @Path("dashboard/export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportAlignmentDashboard", summary = "Export the alignment dashboard",
            description = "The topics of getAlignmentDashboard, one line each, by status (ALIGNED, DIVERGENT, "
                    + "MISSING_ON_ONE_SIDE) then code: the topic, the document number and title of each side's policy "
                    + "(empty where the caller may read none) and the names of the differing parameters, joined by ;. "
                    + "CSV or XLSX: alignment-dashboard-<today>.csv|xlsx.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = AlignmentExamples.DASHBOARD_CSV),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response dashboardExport(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format) {
        TabularFile.Format chosen = TabularFile.format(format);
        List<TopicView> rows = topics.dashboard().topics().values().stream().flatMap(List::stream).toList();
        return TabularFile.response(chosen, "alignment-dashboard", businessClock.today(),
                TabularFile.Table.of("Alignment", DASHBOARD_COLUMNS, rows));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAlignmentTopic", summary = "Get an alignment topic")
    @APIResponse(responseCode = "200", description = "The topic",
            content = @Content(schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response get(@PathParam("id") String id) {
        TopicView view = topics.get(id(id));
        return Response.ok(view).tag(tag(view)).build();
    }

    @POST
    @Operation(operationId = "createAlignmentTopic",
            summary = "Record an alignment topic", description = "Admins of either province; the status is computed.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(TopicRequest request) {
        TopicView view = topics.create(request);
        return Response.created(URI.create("/api/policies/alignment-topics/" + view.id())).entity(view).tag(tag(view)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateAlignmentTopic",
            summary = "Change an alignment topic", description = "Needs If-Match; the status is recomputed.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, TopicRequest request) {
        TopicView view = topics.update(id(id), request, ifMatch);
        return Response.ok(view).tag(tag(view)).build();
    }

    private static EntityTag tag(TopicView view) {
        return EntityTag.valueOf(ETags.of(view.recordVersion()));
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Alignment topic");
        }
    }
}
