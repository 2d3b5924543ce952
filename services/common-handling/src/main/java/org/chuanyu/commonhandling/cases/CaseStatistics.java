package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per item, how the cases received in a date range fared, seen from each side: once by the
 * province that accepted them and once by the province that handles them, so a cross-province
 * case counts for both (and is labelled so). Only cases the caller may read are counted.
 */
@ApplicationScoped
@Transactional
public class CaseStatistics {

    @Inject
    SubmissionRanges ranges;

    /** What each roll-up row and pending delta counts. */
    private static final String COUNTED = "item_code, accepting_province, handling_province, received, accepted, "
            + "delivered, decided, decided_on_time, decision_days, decision_days_count, overdue";
    private static final int RATE_SCALE = 4;
    private static final int AVERAGE_SCALE = 2;

    /** Which side of a case a row counts it on. */
    public enum Side { ACCEPTING, HANDLING }

    @Schema(name = "CaseStatistics", example = CaseExamples.STATISTICS)
    public record Report(LocalDate from, LocalDate to, List<Row> rows) {
    }

    @Schema(name = "CaseStatisticsRow", description = "One item, one side, one province")
    public record Row(
            String itemCode,
            @Schema(description = "ACCEPTING: by the province whose window took the case; HANDLING: by the province that decides it")
            Side side,
            String province,
            @Schema(description = "Cases submitted in the range") long received,
            @Schema(description = "Of those, accepted (受理)") long accepted,
            @Schema(description = "Of those, delivered (办结)") long completed,
            @Schema(description = "Of those, decided (approved or denied)") long decided,
            @Schema(description = "Decided by the decision deadline, over decided; null when none decided", example = "0.95",
                    nullable = true) BigDecimal onTimeRate,
            @Schema(description = "Average working days from acceptance to decision, supplement pauses excluded; null when "
                    + "none decided", example = "2.4", nullable = true) BigDecimal averageWorkingDaysToDecision,
            @Schema(description = "Open cases now past their deadline") long currentlyOverdue,
            @Schema(description = "Of the received, cases whose other side is in the other province") long crossProvince) {
    }

    @Schema(name = "CaseMonthlyStatistics", description = "Cases received per month, item and side, within the caller's "
            + "scope", example = CaseExamples.MONTHLY_STATISTICS)
    public record MonthlyReport(
            @Schema(description = "First day of submission counted") LocalDate from,
            @Schema(description = "Last day of submission counted") LocalDate to,
            @Schema(description = "One row per month, item, side and province, ordered so") List<MonthRow> rows) {
    }

    @Schema(name = "CaseMonthlyStatisticsRow", description = "One month, one item, one side, one province")
    public record MonthRow(
            @Schema(description = "Month of submission, Asia/Shanghai (yyyy-MM)", example = "2026-03",
                    pattern = "^[0-9]{4}-[0-9]{2}$") String month,
            @Schema(description = "Item code", example = "yidi-jiuyi-beian") String itemCode,
            @Schema(description = "ACCEPTING: by the province whose window took the case; HANDLING: by the province that decides it")
            Side side,
            @Schema(description = "The province of that side", example = "sichuan") String province,
            @Schema(description = "Cases submitted in the month (and the range)", example = "131") long received,
            @Schema(description = "Of the received, cases whose other side is in the other province", example = "117")
            long crossProvince) {
    }

    @Inject
    CurrentScope currentScope;

    public Report report(String fromParam, String toParam, String item) {
        SubmissionRange range = ranges.of(fromParam, toParam);
        LocalDate from = range.from();
        LocalDate to = range.to();
        List<Row> rows = new ArrayList<>(counted(from, to, item, false).stream().map(r -> new Row((String) r[0],
                Side.valueOf((String) r[1]), (String) r[2], count(r[3]), count(r[4]), count(r[5]), count(r[6]),
                ratio(count(r[7]), count(r[6]), RATE_SCALE), ratio(count(r[8]), count(r[9]), AVERAGE_SCALE),
                count(r[10]), count(r[11]))).toList());
        rows.sort(Comparator.comparing(Row::itemCode).thenComparing(Row::side).thenComparing(Row::province));
        return new Report(from, to, rows);
    }

    /**
     * The same counts as {@link #report}, by month of submission (Asia/Shanghai) as well: what a case counts in is
     * the same rule, the day it was submitted, so the months of a range add up to the range's rows.
     */
    public MonthlyReport monthly(String fromParam, String toParam, String item) {
        SubmissionRange range = ranges.of(fromParam, toParam);
        List<MonthRow> rows = new ArrayList<>(counted(range.from(), range.to(), item, true).stream().map(r ->
                new MonthRow((String) r[0], (String) r[1], Side.valueOf((String) r[2]), (String) r[3], count(r[4]),
                        count(r[12]))).toList());
        rows.sort(Comparator.comparing(MonthRow::month).thenComparing(MonthRow::itemCode).thenComparing(MonthRow::side)
                .thenComparing(MonthRow::province));
        return new MonthlyReport(range.from(), range.to(), rows);
    }

    /**
     * Both sides in one statement over the roll-up (V3.4): whole months inside the range, the days of the months
     * it covers only in part, and the contributions not folded yet. One statement sees one snapshot, so a fold
     * running meanwhile can neither hide a case nor count it twice. It runs as the caller, under row-level security
     * (ADR 0007), with the scope predicate repeated. With {@code byMonth}, each row begins with its month (yyyy-MM).
     */
    private List<Object[]> counted(LocalDate from, LocalDate to, String item, boolean byMonth) {
        LocalDate firstFullMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastFullMonth = to.equals(to.withDayOfMonth(to.lengthOfMonth()))
                ? to.withDayOfMonth(1) : to.withDayOfMonth(1).minusMonths(1);
        boolean wholeMonths = !firstFullMonth.isAfter(lastFullMonth);
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("firstFullMonth", firstFullMonth);
        params.put("lastFullMonth", lastFullMonth);
        // Days before the first whole month and after the last; without whole months, every day of the range.
        params.put("headEnd", wholeMonths ? firstFullMonth.minusDays(1) : to);
        params.put("tailStart", wholeMonths ? lastFullMonth.plusMonths(1) : to.plusDays(1));
        String onlyItem = "";
        if (item != null) {
            onlyItem = " and item_code = :item";
            params.put("item", item);
        }
        String rolledUp = visible("s", params) + onlyItem + " and ((s.span = 'M' and s.period between :firstFullMonth and :lastFullMonth)"
                + " or (s.span = 'D' and (s.period between :from and :headEnd or s.period between :tailStart and :to)))";
        String pending = visible("d", params) + onlyItem + " and d.day between :from and :to";
        // A month row's period is its first day, a day row's the day: either way the month is the period's.
        String sql = "with r as (select to_char(s.period, 'YYYY-MM') as month, " + COUNTED + " from case_stats s where "
                + rolledUp + " union all select to_char(d.day, 'YYYY-MM'), " + COUNTED + " from case_stats_delta d where "
                + pending + ") "
                + bySide(Side.ACCEPTING, "accepting_province", "handling_province", byMonth)
                + " union all " + bySide(Side.HANDLING, "handling_province", "accepting_province", byMonth);
        var query = CaseFile.getEntityManager().createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String bySide(Side side, String province, String otherProvince, boolean byMonth) {
        String month = byMonth ? "month, " : "";
        return "select " + month + "item_code, '" + side.name() + "', " + province + ", sum(received), sum(accepted), "
                + "sum(delivered), sum(decided), sum(decided_on_time), sum(decision_days), sum(decision_days_count), "
                + "sum(overdue), coalesce(sum(received) filter (where " + province + " <> " + otherProvince + "), 0) "
                + "from r group by " + month + "item_code, " + province;
    }

    /** The shared scope rule on a roll-up table's columns (row-level security repeats it there, as on cases). */
    private String visible(String alias, Map<String, Object> params) {
        ScopePredicate p = ScopePredicate.reading(currentScope.get(),
                new ScopePredicate.Columns(alias + ".accepting_province", alias + ".accepting_district",
                        alias + ".accepting_zone", alias + ".submitter"),
                new ScopePredicate.Columns(alias + ".handling_province", alias + ".handling_district",
                        alias + ".handling_zone", alias + ".submitter"));
        params.putAll(p.params());
        return p.jpql();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal ratio(long part, long whole, int scale) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }
}
