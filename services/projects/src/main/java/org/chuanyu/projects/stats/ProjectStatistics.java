package org.chuanyu.projects.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.projects.registry.ProjectRegistry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and sums over the projects the caller may read, in the database (two grouped queries), never
 * over a summary table: the scope predicate and row-level security apply to every row counted.
 *
 * <p>Without a year: every project, with its completed investment so far. With a year: the projects that
 * have investment reported for a period ending in that year (reports that count, i.e. not corrected),
 * with the investment completed in that year.
 */
@ApplicationScoped
@Transactional
public class ProjectStatistics {

    static final String RULE_ALL = "All projects in your scope; completed investment is the sum of their progress "
            + "reports that count (corrected reports do not).";
    static final String RULE_YEAR = "Projects in your scope with investment reported for a period ending in the year; "
            + "completed investment is what those reports (corrected ones excluded) add up to in that year.";

    @Inject
    EntityManager em;
    @Inject
    CurrentScope currentScope;
    @Inject
    JointZones jointZones;

    public StatsView stats(GroupBy groupBy, Integer year) {
        ScopePredicate visible = ScopePredicate.reading(currentScope.get(), ScopePredicate.Columns.of("p").withoutSubmitter());
        Map<String, Object> params = new HashMap<>(visible.params());
        String inYear = "";
        if (year != null) {
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year, 12, 31));
            inYear = " and exists (select 1 from ProgressReport r where r.projectId = p.id and r.corrected = false"
                    + " and r.periodEnd between :from and :to)";
        }
        String join = groupBy == GroupBy.DESIGNATION ? " join ProjectDesignation d on d.projectId = p.id" : "";
        String onlyZones = groupBy == GroupBy.ZONE ? " and p.zone is not null" : "";
        String completedAll = year == null ? "sum(p.completedInvestment)" : "0";
        String counts = "select %s, count(p), sum(case when p.transferredFromEast = true then 1 else 0 end), "
                + "sum(p.plannedInvestment), " + completedAll + " from Project p%s where " + visible.jpql() + inYear + onlyZones;
        Map<String, Row> groups = new LinkedHashMap<>();
        for (Object[] r : rows(String.format(counts, groupBy.key(), join) + " group by " + groupBy.key(), params)) {
            for (String key : keys(groupBy, r)) {
                groups.computeIfAbsent(key, Row::new).add(r, groupBy == GroupBy.PROVINCE ? 2 : 1, year == null);
            }
        }
        Row total = new Row("total");
        for (Object[] r : rows(String.format(counts, "'total'", "") , params)) {
            total.add(r, 1, year == null);
        }
        if (year != null) {
            String completed = "select %s, sum(r.completedInPeriod) from ProgressReport r join Project p on p.id = r.projectId%s"
                    + " where " + visible.jpql() + " and r.corrected = false and r.periodEnd between :from and :to" + onlyZones;
            for (Object[] r : rows(String.format(completed, groupBy.key(), join) + " group by " + groupBy.key(), params)) {
                for (String key : keys(groupBy, r)) {
                    groups.computeIfAbsent(key, Row::new).completed(r[groupBy == GroupBy.PROVINCE ? 2 : 1]);
                }
            }
            for (Object[] r : rows(String.format(completed, "'total'", ""), params)) {
                total.completed(r[1]);
            }
        }
        List<StatsView.Row> views = new ArrayList<>(groups.values().stream().map(Row::view).toList());
        views.sort(Comparator.comparing(StatsView.Row::completedInvestment).reversed().thenComparing(StatsView.Row::key));
        return new StatsView(groupBy.apiName(), year, ProjectRegistry.CURRENCY, year == null ? RULE_ALL : RULE_YEAR,
                views, total.view());
    }

    /**
     * The group keys of a result row: a joint-zone project belongs to every province taking part in its zone,
     * so grouped by province it is counted in each of them.
     */
    private List<String> keys(GroupBy groupBy, Object[] row) {
        if (groupBy != GroupBy.PROVINCE || row[1] == null) {
            return List.of(String.valueOf(row[0]));
        }
        List<String> provinces = new ArrayList<>();
        provinces.add(String.valueOf(row[0]));
        for (Province p : Province.values()) {
            if (!provinces.contains(p.realm()) && jointZones.includes((String) row[1], p)) {
                provinces.add(p.realm());
            }
        }
        return provinces;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String jpql, Map<String, Object> params) {
        Query query = em.createQuery(jpql);
        params.forEach((name, value) -> {
            if (jpql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    /** A group's running totals. */
    private static final class Row {
        final String key;
        long projects;
        long transferred;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;

        Row(String key) {
            this.key = key;
        }

        void add(Object[] r, int first, boolean withCompleted) {
            projects += ((Number) r[first]).longValue();
            transferred += r[first + 1] == null ? 0 : ((Number) r[first + 1]).longValue();
            planned = planned.add(decimal(r[first + 2]));
            if (withCompleted) {
                completed = completed.add(decimal(r[first + 3]));
            }
        }

        void completed(Object value) {
            completed = completed.add(decimal(value));
        }

        StatsView.Row view() {
            return new StatsView.Row(key, projects, transferred, planned.setScale(2), completed.setScale(2));
        }

        private static BigDecimal decimal(Object value) {
            return value == null ? BigDecimal.ZERO : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        }
    }
}
