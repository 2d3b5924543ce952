package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.problem.Violations;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** Which side of a case a row counts it on. */
    public enum Side { ACCEPTING, HANDLING }

    @Schema(name = "CaseStatistics")
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
            @Schema(description = "Decided by the decision deadline, over decided; null when none decided", example = "0.95")
            BigDecimal onTimeRate,
            @Schema(description = "Average working days from acceptance to decision, supplement pauses excluded", example = "2.4")
            BigDecimal averageWorkingDaysToDecision,
            @Schema(description = "Open cases now past their deadline") long currentlyOverdue,
            @Schema(description = "Of the received, cases whose other side is in the other province") long crossProvince) {
    }

    @Inject
    CurrentScope currentScope;
    @ConfigProperty(name = "common-handling.stats.max-range-days")
    int maxRangeDays;

    public Report report(String fromParam, String toParam, String item) {
        LocalDate today = BusinessDates.today();
        LocalDate from = fromParam == null ? today.withDayOfYear(1) : QueryParameters.date("from", fromParam);
        LocalDate to = toParam == null ? today : QueryParameters.date("to", toParam);
        Violations errors = new Violations();
        if (to.isBefore(from)) {
            errors.add("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(from, to) >= maxRangeDays) {
            errors.add("to", "a range covers at most " + maxRangeDays + " days");
        }
        errors.throwIfAny();
        List<Row> rows = new ArrayList<>(side(Side.ACCEPTING, "acceptingProvince", "handlingProvince", from, to, item));
        rows.addAll(side(Side.HANDLING, "handlingProvince", "acceptingProvince", from, to, item));
        rows.sort(Comparator.comparing(Row::itemCode).thenComparing(Row::side).thenComparing(Row::province));
        return new Report(from, to, rows);
    }

    private List<Row> side(Side side, String province, String otherProvince, LocalDate from, LocalDate to, String item) {
        ScopePredicate visible = ScopePredicate.reading(currentScope.get(), CaseQueue.ACCEPTING, CaseQueue.HANDLING);
        StringBuilder q = new StringBuilder("select c.itemCode, c.").append(province).append(", count(c), ")
                .append("sum(case when c.acceptedOn is not null then 1 else 0 end), ")
                .append("sum(case when c.status = :delivered then 1 else 0 end), ")
                .append("sum(case when c.decidedAt is not null then 1 else 0 end), ")
                .append("sum(case when c.decidedAt is not null and c.decidedAt <= c.decisionDue then 1 else 0 end), ")
                .append("avg(c.decisionWorkingDays), ")
                .append("sum(case when c.overdue = true then 1 else 0 end), ")
                .append("sum(case when c.").append(province).append(" <> c.").append(otherProvince).append(" then 1 else 0 end) ")
                .append("from CaseFile c where ").append(visible.jpql())
                .append(" and c.submittedAt >= :from and c.submittedAt < :until");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("delivered", CaseStatus.DELIVERED);
        params.put("from", from.atStartOfDay(BusinessDates.ZONE).toInstant());
        params.put("until", to.plusDays(1).atStartOfDay(BusinessDates.ZONE).toInstant());
        if (item != null) {
            q.append(" and c.itemCode = :item");
            params.put("item", item);
        }
        q.append(" group by c.itemCode, c.").append(province);
        var query = CaseFile.getEntityManager().createQuery(q.toString(), Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new Row((String) r[0], side, (String) r[1], count(r[2]),
                count(r[3]), count(r[4]), count(r[5]), rate(count(r[6]), count(r[5])), average((Double) r[7]),
                count(r[8]), count(r[9]))).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
