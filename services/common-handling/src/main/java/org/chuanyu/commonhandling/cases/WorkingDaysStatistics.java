package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Where shared cases wait (docs/common-handling.md, "Whose days"): for the ended cases the caller may read that were
 * submitted in a range, per pair of accepting and handling districts, the total and the average working days of each
 * party. A case's account is kept when it ends, so this is a sum over stored columns, never a timeline read.
 */
@ApplicationScoped
@Transactional
public class WorkingDaysStatistics {

    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;
    @Inject
    SubmissionRanges ranges;

    @Schema(name = "CaseWorkingDaysReport", description = "Working days per party for each pair of districts",
            example = "{\"from\":\"2026-01-01\",\"to\":\"2026-11-23\",\"pairs\":[{\"acceptingDistrict\":\"511623\","
                    + "\"handlingDistrict\":\"500112\",\"cases\":12,\"total\":{\"accepting\":20,\"handling\":96,"
                    + "\"applicant\":14,\"specialProcedure\":0,\"delivery\":18},\"average\":{\"accepting\":1.67,"
                    + "\"handling\":8.0,\"applicant\":1.17,\"specialProcedure\":0.0,\"delivery\":1.5}}]}")
    public record Report(LocalDate from, LocalDate to, List<Pair> pairs) {
    }

    @Schema(name = "CaseWorkingDaysPair")
    public record Pair(@Schema(description = "GB/T 2260") String acceptingDistrict,
                       @Schema(description = "GB/T 2260") String handlingDistrict,
                       @Schema(description = "Ended cases counted") long cases,
                       CaseApi.WorkingDays total, Average average) {
    }

    @Schema(name = "CaseWorkingDaysAverage", description = "Working days per case, to two decimals")
    public record Average(double accepting, double handling, double applicant, double specialProcedure, double delivery) {
    }

    public Report report(String fromParam, String toParam) {
        SubmissionRange range = ranges.of(fromParam, toParam);
        ScopePredicate visible = ScopePredicate.reading(currentScope.get(), CaseQueue.ACCEPTING, CaseQueue.HANDLING);
        var query = em.createQuery("select c.acceptingDistrict, c.handlingDistrict, count(c), sum(c.wdAccepting),"
                + " sum(c.wdHandling), sum(c.wdApplicant), sum(c.wdSpecialProcedure), sum(c.wdDelivery)"
                + " from CaseFile c where c.wdAccepting is not null and c.submittedAt >= :from and c.submittedAt < :until"
                + " and " + visible.jpql() + " group by c.acceptingDistrict, c.handlingDistrict order by 1, 2", Object[].class);
        query.setParameter("from", range.start());
        query.setParameter("until", range.end());
        visible.params().forEach(query::setParameter);
        List<Pair> pairs = query.getResultList().stream().map(WorkingDaysStatistics::pair).toList();
        return new Report(range.from(), range.to(), pairs);
    }

    private static Pair pair(Object[] row) {
        long cases = ((Number) row[2]).longValue();
        int[] sums = new int[5];
        for (int i = 0; i < 5; i++) {
            sums[i] = ((Number) row[3 + i]).intValue();
        }
        return new Pair((String) row[0], (String) row[1], cases,
                new CaseApi.WorkingDays(sums[0], sums[1], sums[2], sums[3], sums[4]),
                new Average(avg(sums[0], cases), avg(sums[1], cases), avg(sums[2], cases), avg(sums[3], cases),
                        avg(sums[4], cases)));
    }

    private static double avg(int sum, long cases) {
        return Math.round(sum * 100.0 / cases) / 100.0;
    }
}
