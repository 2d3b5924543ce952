package org.chuanyu.commonhandling.assignment;

import org.chuanyu.commonhandling.assignment.AssignmentRules.Verdict;
import org.chuanyu.commonhandling.cases.CaseApi.Assignee;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may put whom on a side of a case, clerk by clerk and admin by admin. */
class AssignmentRulesTest {

    static final Assignee ME = new Assignee("sichuan", "linshui-clerk");
    static final Assignee OTHER = new Assignee("sichuan", "linshui-clerk-2");
    /** The same user name in the other realm is another person. */
    static final Assignee NAMESAKE = new Assignee("chongqing", "linshui-clerk");

    static Verdict clerk(Assignee current, Assignee requested) {
        return AssignmentRules.decide(false, ME, current, requested, false).verdict();
    }

    static Verdict admin(Assignee current, Assignee requested) {
        return AssignmentRules.decide(true, new Assignee("sichuan", "sc-admin"), current, requested, false).verdict();
    }

    @Test
    void aClerkTakesAnUnassignedSideForItselfAndNothingElse() {
        assertEquals(Verdict.ALLOWED, clerk(null, ME));
        assertEquals(Verdict.FORBIDDEN, clerk(null, OTHER));
        assertEquals(Verdict.UNCHANGED, clerk(ME, ME));
    }

    @Test
    void aClerkCannotTakeASideAnotherHasNorGiveItBack() {
        assertEquals(Verdict.TAKEN, clerk(OTHER, ME));
        assertEquals(Verdict.TAKEN, clerk(NAMESAKE, ME));
        assertEquals(Verdict.FORBIDDEN, clerk(OTHER, null));
        assertEquals(Verdict.FORBIDDEN, clerk(OTHER, NAMESAKE));
    }

    @Test
    void aClerkGivesBackItsOwn() {
        assertEquals(Verdict.ALLOWED, clerk(ME, null));
        assertEquals(Verdict.UNCHANGED, clerk(null, null));
    }

    @Test
    void anAdminAssignsAnyoneTheDirectoryVouchesForOrNobody() {
        assertEquals(Verdict.ASK_THE_DIRECTORY, admin(null, OTHER));
        assertEquals(Verdict.ASK_THE_DIRECTORY, admin(ME, OTHER));
        assertEquals(Verdict.ALLOWED, admin(OTHER, null));
        assertEquals(Verdict.UNCHANGED, admin(OTHER, OTHER));
    }

    @Test
    void nobodyNewTakesAClosedCaseButItsAssigneeMayBeCleared() {
        assertEquals(Verdict.TAKEN, AssignmentRules.decide(false, ME, null, ME, true).verdict());
        assertEquals(Verdict.TAKEN, AssignmentRules.decide(true, OTHER, null, ME, true).verdict());
        assertEquals(Verdict.ALLOWED, AssignmentRules.decide(false, ME, ME, null, true).verdict());
    }
}
