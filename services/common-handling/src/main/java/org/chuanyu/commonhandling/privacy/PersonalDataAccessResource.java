package org.chuanyu.commonhandling.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/common-handling/personal-data-access}: who saw personal data, for a province's admin. */
@Path("/api/common-handling/personal-data-access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data access", description = "Who saw a case's resident ID number or contact in full")
@SecurityRequirement(name = "bearer")
public class PersonalDataAccessResource {

    @Inject
    PersonalDataAccessLog log;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits pageLimits;

    @GET
    @Operation(operationId = "listPersonalDataAccess",
            summary = "Who saw personal data", description = "Every answer that showed a case's resident ID number "
            + "or contact unmasked, newest first: who, from which realm, when, which case and which fields (never the "
            + "values). For a province-admin, for the cases its province accepts or handles. Kept, append-only, for at "
            + "least six months (the platform never deletes an entry).")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A bad date (from after to), limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a province-admin")
    public Page<PersonalDataAccessView> read(
            @Parameter(description = "First day (Asia/Shanghai), inclusive", example = "2026-06-01") @QueryParam("from") String from,
            @Parameter(description = "Last day (Asia/Shanghai), inclusive", example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "Only this case", example = "CY-51-2026-00000042") @QueryParam("caseNumber") String caseNumber,
            @Parameter(description = "Page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return log.read(caller.require(), from, to, caseNumber, pageLimits.request(cursor, limit));
    }
}
