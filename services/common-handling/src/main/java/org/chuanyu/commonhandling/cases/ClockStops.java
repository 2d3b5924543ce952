package org.chuanyu.commonhandling.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every stretch in which a case's clock stood still, in one list: supplement requests (补正) and special procedures
 * (art. 45). Where two overlap, a day is simply not counted; nothing counts twice.
 */
public final class ClockStops {

    private ClockStops() {
    }

    public static List<CaseClock.Pause> of(long caseId) {
        return of(caseId, CaseStops.EACH);
    }

    public static List<CaseClock.Pause> of(long caseId, CaseStops source) {
        List<CaseClock.Pause> stops = new ArrayList<>();
        source.pauses(caseId).forEach(p -> stops.add(p.asPause()));
        source.procedures(caseId).forEach(p -> stops.add(p.asPause()));
        stops.sort(Comparator.comparing(CaseClock.Pause::from));
        return stops;
    }
}
