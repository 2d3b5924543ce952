package org.chuanyu.projects.rankings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The red/black list of a month, with the rule and each rank's inputs. */
@Schema(name = "Rankings", example = "{\"month\":\"2026-03\",\"rule\":\"score = 0.5 × schedule + 0.5 × investment …\","
        + "\"scheduleWeight\":0.5,\"investmentWeight\":0.5,\"size\":10,"
        + "\"red\":[{\"rank\":1,\"code\":\"bishan-blade-battery\",\"name\":\"比亚迪刀片电池基地\",\"district\":\"500120\","
        + "\"stage\":\"IN_PRODUCTION\",\"milestonesDue\":4,\"milestonesOnTime\":4,\"daysLate\":0,\"scheduleScore\":1.0000,"
        + "\"completedYearToDate\":900000000.00,\"annualPlan\":1200000000,\"investmentScore\":0.7500,\"score\":0.8750}],"
        + "\"black\":[],\"unranked\":[]}")
public record RankingsView(
        @Schema(description = "The month ranked", example = "2026-03") String month,
        @Schema(description = "The rule, in words") String rule,
        BigDecimal scheduleWeight, BigDecimal investmentWeight,
        @Schema(description = "How many projects each list names at most") int size,
        @Schema(description = "红榜: best first") List<RankingRule.Entry> red,
        @Schema(description = "黑榜: worst first") List<RankingRule.Entry> black,
        @Schema(description = "Projects in scope that were not ranked, and why") List<RankingRule.Unranked> unranked) {
}
