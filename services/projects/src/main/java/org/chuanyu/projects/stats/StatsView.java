package org.chuanyu.projects.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Project statistics over the caller's scope. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectStats", example = "{\"groupBy\":\"designation\",\"year\":2021,\"currency\":\"CNY\",\"rule\":\"projects counted once per "
        + "group; completed investment from the progress reports of the year that count\","
        + "\"groups\":[{\"key\":\"重庆沿江承接产业转移示范区\",\"projects\":347,\"transferredProjects\":347,"
        + "\"plannedInvestment\":98000000000.00,\"completedInvestment\":52300000000.00}],"
        + "\"total\":{\"key\":\"total\",\"projects\":347,\"transferredProjects\":347,"
        + "\"plannedInvestment\":98000000000.00,\"completedInvestment\":52300000000.00}}")
public record StatsView(
        @Schema(description = "The grouping asked for") String groupBy,
        @Schema(description = "The year asked for; absent for all years", nullable = true) Integer year,
        @Schema(description = "Currency of every amount") String currency,
        @Schema(description = "How projects are counted and amounts summed") String rule,
        @Schema(description = "One row per group, largest completed investment first") List<Row> groups,
        @Schema(description = "Every project counted once (a joint-zone project appears in both provinces' rows "
                + "but once here; projects without a designation count here but in no designation row)") Row total) {

    @Schema(name = "ProjectStatsRow")
    public record Row(
            @Schema(description = "The group: a province, district code, zone, park code, designation, industry, "
                    + "source region or stage") String key,
            @Schema(description = "Projects counted") long projects,
            @Schema(description = "Of which transferred from the east") long transferredProjects,
            @Schema(description = "Their planned total investment, CNY") BigDecimal plannedInvestment,
            @Schema(description = "Investment completed (in the year, when one is given), CNY") BigDecimal completedInvestment) {
    }
}
