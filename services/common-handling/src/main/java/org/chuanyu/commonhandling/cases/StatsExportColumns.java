package org.chuanyu.commonhandling.cases;

import org.chuanyu.jurisdiction.web.TabularFile.Column;

import java.util.List;

/**
 * The columns of the statistics exports, in the order of the JSON rows they flatten (headers as the park export
 * writes them: Chinese, then the JSON name), and the OpenAPI examples of each file (the BOM left out).
 */
final class StatsExportColumns {

    static final List<Column<CaseStatistics.Row>> STATS = List.of(
            new Column<>("事项 itemCode", CaseStatistics.Row::itemCode),
            new Column<>("统计方 side", r -> r.side().name()),
            new Column<>("省份 province", CaseStatistics.Row::province),
            new Column<>("收件 received", CaseStatistics.Row::received),
            new Column<>("受理 accepted", CaseStatistics.Row::accepted),
            new Column<>("办结 completed", CaseStatistics.Row::completed),
            new Column<>("作出决定 decided", CaseStatistics.Row::decided),
            new Column<>("按时决定率 onTimeRate", CaseStatistics.Row::onTimeRate),
            new Column<>("平均决定工作日 averageWorkingDaysToDecision", CaseStatistics.Row::averageWorkingDaysToDecision),
            new Column<>("当前超期 currentlyOverdue", CaseStatistics.Row::currentlyOverdue),
            new Column<>("跨省 crossProvince", CaseStatistics.Row::crossProvince));

    static final String STATS_CSV = "事项 itemCode,统计方 side,省份 province,收件 received,受理 accepted,办结 completed,"
            + "作出决定 decided,按时决定率 onTimeRate,平均决定工作日 averageWorkingDaysToDecision,当前超期 currentlyOverdue,"
            + "跨省 crossProvince\r\n"
            + "yidi-jiuyi-beian,ACCEPTING,sichuan,1520,1498,1461,1475,0.9831,0.86,2,1320\r\n"
            + "yidi-jiuyi-beian,HANDLING,chongqing,1410,1391,1356,1370,0.9788,0.91,3,1320\r\n";

    static final List<Column<CaseStatistics.MonthRow>> MONTHLY = List.of(
            new Column<>("月份 month", CaseStatistics.MonthRow::month),
            new Column<>("事项 itemCode", CaseStatistics.MonthRow::itemCode),
            new Column<>("统计方 side", r -> r.side().name()),
            new Column<>("省份 province", CaseStatistics.MonthRow::province),
            new Column<>("收件 received", CaseStatistics.MonthRow::received),
            new Column<>("跨省 crossProvince", CaseStatistics.MonthRow::crossProvince));

    static final String MONTHLY_CSV = "月份 month,事项 itemCode,统计方 side,省份 province,收件 received,跨省 crossProvince\r\n"
            + "2026-03,yidi-jiuyi-beian,ACCEPTING,sichuan,131,117\r\n"
            + "2026-03,yidi-jiuyi-beian,HANDLING,chongqing,120,117\r\n";

    static final List<Column<WorkingDaysStatistics.Pair>> WORKING_DAYS = List.of(
            new Column<>("受理地 acceptingDistrict", WorkingDaysStatistics.Pair::acceptingDistrict),
            new Column<>("办理地 handlingDistrict", WorkingDaysStatistics.Pair::handlingDistrict),
            new Column<>("办结件数 cases", WorkingDaysStatistics.Pair::cases),
            new Column<>("受理方合计 total.accepting", p -> p.total().accepting()),
            new Column<>("办理方合计 total.handling", p -> p.total().handling()),
            new Column<>("申请人合计 total.applicant", p -> p.total().applicant()),
            new Column<>("特别程序合计 total.specialProcedure", p -> p.total().specialProcedure()),
            new Column<>("送达合计 total.delivery", p -> p.total().delivery()),
            new Column<>("受理方平均 average.accepting", p -> p.average().accepting()),
            new Column<>("办理方平均 average.handling", p -> p.average().handling()),
            new Column<>("申请人平均 average.applicant", p -> p.average().applicant()),
            new Column<>("特别程序平均 average.specialProcedure", p -> p.average().specialProcedure()),
            new Column<>("送达平均 average.delivery", p -> p.average().delivery()));

    static final String WORKING_DAYS_CSV = "受理地 acceptingDistrict,办理地 handlingDistrict,办结件数 cases,"
            + "受理方合计 total.accepting,办理方合计 total.handling,申请人合计 total.applicant,"
            + "特别程序合计 total.specialProcedure,送达合计 total.delivery,受理方平均 average.accepting,"
            + "办理方平均 average.handling,申请人平均 average.applicant,特别程序平均 average.specialProcedure,"
            + "送达平均 average.delivery\r\n"
            + "511623,500112,12,20,96,14,0,18,1.67,8.0,1.17,0.0,1.5\r\n";

    private StatsExportColumns() {
    }
}
