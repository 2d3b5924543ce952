package org.chuanyu.commonhandling.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a case's clock stops come from: read for each case as it is looked at, or for a whole batch of cases at once
 * (the supervision watch: two queries for five hundred cases instead of a thousand).
 */
public interface CaseStops {

    /** The case's special procedures (art. 45), oldest first. */
    List<SpecialProcedure> procedures(long caseId);

    /** The case's supplement pauses (补正), oldest first. */
    List<CasePause> pauses(long caseId);

    /** Each case read when asked, so a stop made earlier in the same transaction is seen. */
    CaseStops EACH = new CaseStops() {
        @Override
        public List<SpecialProcedure> procedures(long caseId) {
            return SpecialProcedure.of(caseId);
        }

        @Override
        public List<CasePause> pauses(long caseId) {
            return CasePause.of(caseId);
        }
    };

    /** The stops of these cases, read now in two queries; for cases nothing else in the transaction changes. */
    static CaseStops of(Collection<Long> caseIds) {
        Map<Long, List<SpecialProcedure>> procedures = SpecialProcedure.<SpecialProcedure>list(
                        "caseId in ?1 order by fromDate, id", caseIds).stream()
                .collect(Collectors.groupingBy(p -> p.caseId));
        Map<Long, List<CasePause>> pauses = CasePause.<CasePause>list("caseId in ?1 order by fromDate, id", caseIds)
                .stream().collect(Collectors.groupingBy(p -> p.caseId));
        return new CaseStops() {
            @Override
            public List<SpecialProcedure> procedures(long caseId) {
                return procedures.getOrDefault(caseId, List.of());
            }

            @Override
            public List<CasePause> pauses(long caseId) {
                return pauses.getOrDefault(caseId, List.of());
            }
        };
    }
}
