package org.chuanyu.commonhandling.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.chuanyu.commonhandling.cases.CaseFile;
import org.chuanyu.commonhandling.cases.CaseQueue;
import org.chuanyu.commonhandling.cases.CaseSide;
import org.chuanyu.commonhandling.cases.CaseSupervision;
import org.chuanyu.commonhandling.cases.SubmissionRange;
import org.chuanyu.commonhandling.cases.SubmissionRanges;
import org.chuanyu.commonhandling.cases.SupervisionRules.Level;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervisors' view (docs/common-handling.md, "Supervision"): for the open cases the caller may read that were
 * submitted in a range, how many stand at each light, by the side and district their step waits on and by item; and
 * the yellow and red ones by name, most overdue first.
 */
@ApplicationScoped
@Transactional
public class SupervisionSummary {

    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;
    @Inject
    SubmissionRanges ranges;
    @ConfigProperty(name = "common-handling.supervision.most-flagged")
    int mostFlagged;

    @Schema(name = "SupervisionSummary", description = "Open cases by warning light, within the caller's scope",
            example = "{\"from\":\"2026-01-01\",\"to\":\"2026-11-23\",\"counts\":[{\"side\":\"HANDLING\",\"district\":"
                    + "\"500112\",\"itemCode\":\"yidi-jiuyi-beian\",\"level\":\"WARNING\",\"cases\":3}],\"flagged\":[{"
                    + "\"number\":\"CY-51-2026-00000042\",\"itemCode\":\"yidi-jiuyi-beian\",\"level\":\"RED\",\"step\":"
                    + "\"DECISION\",\"side\":\"HANDLING\",\"district\":\"500112\",\"stepDue\":\"2026-11-11T16:00:00Z\"}],"
                    + "\"flaggedComplete\":true}")
    public record Report(
            @Schema(description = "First day of submission counted") LocalDate from,
            @Schema(description = "Last day of submission counted") LocalDate to,
            @Schema(description = "Open cases per side, district (of that side), item and light") List<Count> counts,
            @Schema(description = "Yellow and red cases, the longest past their limit first") List<Flagged> flagged,
            @Schema(description = "False when more yellow and red cases exist than the list holds "
                    + "(common-handling.supervision.most-flagged)") boolean flaggedComplete) {
    }

    @Schema(name = "SupervisionCount")
    public record Count(@Schema(description = "The side the cases' step waits on") CaseSide side,
                        @Schema(description = "That side's district (GB/T 2260)") String district,
                        String itemCode, Level level, long cases) {
    }

    @Schema(name = "SupervisionFlaggedCase")
    public record Flagged(String number, String itemCode, Level level, CaseSupervision.Step step, CaseSide side,
                          @Schema(description = "That side's district (GB/T 2260)") String district,
                          @Schema(description = "The end of the step's limit") Instant stepDue) {
    }

    public Report report(String fromParam, String toParam) {
        SubmissionRange range = ranges.of(fromParam, toParam);
        ScopePredicate visible = ScopePredicate.reading(currentScope.get(), CaseQueue.ACCEPTING, CaseQueue.HANDLING);
        String where = " from CaseFile c where c.supervisionLevel is not null and c.submittedAt >= :from"
                + " and c.submittedAt < :until and " + visible.jpql();
        String district = "case when c.supervisionSide = 'ACCEPTING' then c.acceptingDistrict else c.handlingDistrict end";
        var counts = em.createQuery("select c.supervisionSide, " + district + ", c.itemCode, c.supervisionLevel, count(c)"
                + where + " group by c.supervisionSide, " + district + ", c.itemCode, c.supervisionLevel"
                + " order by 1, 2, 3, 4", Object[].class);
        var flagged = em.createQuery("select c" + where + " and c.supervisionLevel in ('YELLOW', 'RED')"
                + " order by c.supervisionStepDue, c.id", CaseFile.class);
        for (var q : List.of(counts, flagged)) {
            q.setParameter("from", range.start());
            q.setParameter("until", range.end());
            visible.params().forEach(q::setParameter);
        }
        List<Count> rows = counts.getResultList().stream().map(r -> new Count(CaseSide.valueOf((String) r[0]),
                (String) r[1], (String) r[2], Level.valueOf((String) r[3]), ((Number) r[4]).longValue())).toList();
        List<CaseFile> late = flagged.setMaxResults(mostFlagged + 1).getResultList();
        List<Flagged> named = late.stream().limit(mostFlagged).map(c -> new Flagged(c.number, c.itemCode,
                Level.valueOf(c.supervisionLevel), CaseSupervision.Step.valueOf(c.supervisionStep),
                CaseSide.valueOf(c.supervisionSide), "ACCEPTING".equals(c.supervisionSide) ? c.acceptingDistrict
                : c.handlingDistrict, c.supervisionStepDue)).toList();
        return new Report(range.from(), range.to(), rows, named, late.size() <= mostFlagged);
    }
}
