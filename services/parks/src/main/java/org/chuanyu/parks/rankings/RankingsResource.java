package org.chuanyu.parks.rankings;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.jurisdiction.web.TabularFile.Column;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

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
    @Inject
    BusinessClock businessClock;

    /** The export's columns: a ranking entry (headers as the park export writes them). */
    static final List<Column<RankingEntry>> COLUMNS = List.of(
            new Column<>("排名 rank", RankingEntry::rank),
            new Column<>("编码 code", RankingEntry::code),
            new Column<>("名称 name", RankingEntry::name),
            new Column<>("英文名称 nameEn", RankingEntry::nameEn),
            new Column<>("省份 province", RankingEntry::province),
            new Column<>("区县 district", RankingEntry::district),
            new Column<>("合作区 zone", RankingEntry::zone),
            new Column<>("指标值 value", RankingEntry::value),
            new Column<>("上年值 previousValue", RankingEntry::previousValue),
            new Column<>("增减 change", RankingEntry::change),
            new Column<>("同比 yoyPercent", RankingEntry::yoyPercent));

    /** The export's example (the BOM left out): the RankingEntry example. */
    static final String CSV_EXAMPLE = "排名 rank,编码 code,名称 name,英文名称 nameEn,省份 province,区县 district,合作区 zone,"
            + "指标值 value,上年值 previousValue,增减 change,同比 yoyPercent\r\n"
            + "1,rongchang-hightech,荣昌高新技术产业开发区,Rongchang High-tech Zone,chongqing,500153,rongchang-longchang,"
            + "100400000000.00,92534562212.00,7865437788.00,8.50\r\n";

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

    @GET
    @Path("export")
    @Produces({TabularFile.CSV, TabularFile.XLSX, TabularFile.PROBLEM})
    @Operation(operationId = "exportParkRankings", summary = "Export a ranking of parks",
            description = "The whole ranking of rankParks (same year and indicator, same scope; every page, not only the "
                    + "first): one line per park with its rank, value, the previous year's value, the change and "
                    + "yoyPercent, as CSV or XLSX: park-rankings-<today>.csv|xlsx.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TabularFile.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = TabularFile.CSV_DESCRIPTION), example = CSV_EXAMPLE),
            @Content(mediaType = TabularFile.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, missing or bad year, unknown indicator")
    public Response export(
            @QueryParam("format") @Parameter(description = TabularFile.FORMAT_DESCRIPTION, example = "xlsx") String format,
            @Parameter(description = "Business year", required = true, example = "2022") @QueryParam("year") String year,
            @Parameter(description = "Indicator to rank by", required = true, example = "grossIndustrialOutput")
            @QueryParam("indicator") String indicator) {
        TabularFile.Format chosen = TabularFile.format(format);
        return TabularFile.response(chosen, "park-rankings", businessClock.today(),
                TabularFile.Table.of("Ranking", COLUMNS, rankings.all(year, indicator)));
    }
}
