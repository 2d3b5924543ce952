package org.chuanyu.parks.rankings;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Parks ranked by one yearly indicator. {@code rankings} is a literal segment, so it wins over the
 * {@code /api/parks/{code}} templates; it is a reserved word the park registry never accepts as a code.
 */
@Path("/api/parks/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Park rankings", description = "Parks in the caller's scope ranked by a yearly indicator")
public class RankingsResource {

    @Inject
    RankingService rankings;

    @GET
    @Operation(operationId = "rankParks", summary = "Rank parks by an indicator for a year",
            description = "Ranks the parks the caller can read by one indicator (enterprisesSettled, "
                    + "enterprisesInProduction, grossIndustrialOutput, growthRate, highTechEnterprises, rdShare, "
                    + "taxRevenue, fixedAssetInvestment, investmentAttracted, aboveScaleEnterprisesAdded), highest "
                    + "first, equal values by park code. Parks without a value that year are left out. Each entry "
                    + "carries the previous year's value, the change and yoyPercent = change ÷ |previous| × 100.")
    @APIResponse(responseCode = "200", description = "One page of the ranking")
    @APIResponse(responseCode = "400", description = "Missing or bad year, unknown indicator, bad limit or cursor")
    public Page<RankingEntry> rank(
            @Parameter(description = "Business year", required = true, example = "2022") @QueryParam("year") String year,
            @Parameter(description = "Indicator to rank by", required = true, example = "grossIndustrialOutput")
            @QueryParam("indicator") String indicator,
            @Parameter(description = "Page size (default 50, at most 500)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page") @QueryParam("cursor") String cursor) {
        return rankings.rank(year, indicator, limit, cursor);
    }
}
