package org.chuanyu.jurisdiction.scope;

import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.chuanyu.jurisdiction.DemoCallers.caller;
import static org.chuanyu.jurisdiction.DemoCallers.scope;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Writes are checked against the record before and after the change; invisibility wins over everything. */
class AccessRulesTest {

    static final RecordScope LINSHUI = RecordScope.of(Province.SICHUAN, "511623");
    static final RecordScope LINSHUI_GAOZHU = RecordScope.of(Province.SICHUAN, "511623", "gaozhu");
    static final RecordScope YUBEI = RecordScope.of(Province.CHONGQING, "500112");
    static final RecordScope YUBEI_GAOZHU = RecordScope.of(Province.CHONGQING, "500112", "gaozhu");
    static final RecordScope CHENGDU = RecordScope.of(Province.SICHUAN, "510104");

    static void assertProblem(ProblemType expected, Executable check) {
        assertEquals(expected, assertThrows(ProblemException.class, check).type());
    }

    @Test
    void linshuiClerkEditsAGaozhuRecordOfYubei() {
        assertDoesNotThrow(() -> AccessRules.requireWritable(scope("linshui-clerk"), "Park", YUBEI_GAOZHU, YUBEI_GAOZHU));
    }

    @Test
    void recordOutsideTheScopeIsNotFoundNotForbidden() {
        assertProblem(ProblemType.NOT_FOUND, () -> AccessRules.requireReadable(scope("linshui-clerk"), "Park", YUBEI));
        assertProblem(ProblemType.NOT_FOUND,
                () -> AccessRules.requireWritable(scope("linshui-clerk"), "Park", YUBEI, LINSHUI));
    }

    @Test
    void clerkCannotMoveARecordOutOfItsScope() {
        assertProblem(ProblemType.FORBIDDEN,
                () -> AccessRules.requireWritable(scope("linshui-clerk"), "Park", LINSHUI, CHENGDU));
    }

    @Test
    void clerkCannotMoveAGaozhuRecordOutOfTheZoneIntoTheOtherProvince() {
        assertProblem(ProblemType.FORBIDDEN,
                () -> AccessRules.requireWritable(scope("linshui-clerk"), "Park", YUBEI_GAOZHU, YUBEI));
    }

    @Test
    void provinceAdminCannotMoveARecordIntoTheOtherProvince() {
        assertProblem(ProblemType.FORBIDDEN,
                () -> AccessRules.requireWritable(scope("sc-admin"), "Park", LINSHUI_GAOZHU, YUBEI));
    }

    @Test
    void viewerSeesButMayNotChange() {
        assertProblem(ProblemType.FORBIDDEN,
                () -> AccessRules.requireWritable(scope("sc-viewer"), "Park", LINSHUI, LINSHUI));
    }

    @Test
    void crossProvinceAdminReadsAllButWritesOnlyInItsZones() {
        assertDoesNotThrow(() -> AccessRules.requireReadable(scope("joint-office-cq"), "Park", CHENGDU));
        assertProblem(ProblemType.FORBIDDEN,
                () -> AccessRules.requireWritable(scope("joint-office-cq"), "Park", CHENGDU, CHENGDU));
        assertDoesNotThrow(() -> AccessRules.requireWritable(scope("joint-office-cq"), "Park", LINSHUI_GAOZHU, LINSHUI_GAOZHU));
    }

    @Test
    void creatingInAForeignScopeIsForbidden() {
        assertProblem(ProblemType.FORBIDDEN, () -> AccessRules.requireCreatable(scope("yubei-clerk"), "Park", LINSHUI));
        assertDoesNotThrow(() -> AccessRules.requireCreatable(scope("yubei-clerk"), "Park", LINSHUI_GAOZHU));
    }

    @Test
    void sharedCaseIsVisibleThroughEitherScope() {
        RecordScope accepting = LINSHUI;
        RecordScope handling = YUBEI;
        assertDoesNotThrow(() -> AccessRules.requireReadable(scope("linshui-clerk"), "Case", accepting, handling));
        assertDoesNotThrow(() -> AccessRules.requireReadable(scope("yubei-clerk"), "Case", accepting, handling));
        assertProblem(ProblemType.NOT_FOUND,
                () -> AccessRules.requireReadable(scope("longchang-clerk"), "Case", accepting, handling));
    }

    @Test
    void onlyAdminsChangeReferenceData() {
        assertDoesNotThrow(() -> AccessRules.requireReferenceDataAdmin(caller("sc-admin")));
        assertDoesNotThrow(() -> AccessRules.requireReferenceDataAdmin(caller("joint-office-cq")));
        assertProblem(ProblemType.FORBIDDEN, () -> AccessRules.requireReferenceDataAdmin(caller("linshui-clerk")));
        assertProblem(ProblemType.FORBIDDEN, () -> AccessRules.requireReferenceDataAdmin(caller("tianfu-tongban")));
    }

    @Test
    void aRecordScopeMustNameADistrictOfItsProvince() {
        assertThrows(IllegalArgumentException.class, () -> RecordScope.of(Province.SICHUAN, "500112"));
    }
}
