package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.DemoCallers;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.testing.SqlStates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A case is visible through either of its scopes, and an external system sees only what it
 * submitted: proven in the database itself, with queries that carry no predicate of their own.
 */
@QuarkusTest
class CaseRowLevelSecurityTest {

    @Inject
    EntityManager em;
    @Inject
    CurrentScope currentScope;
    @Inject
    CaseNumbers numbers;

    String run;

    @BeforeEach
    void casesAcrossTheBorder() {
        run = "T-" + Long.toString(System.nanoTime(), 36) + "-";
        asScope(Scope.SYSTEM, () -> {
            insert("linshui-to-yubei", "sichuan", "511623", "chongqing", "500112", null);
            insert("rongchang-to-longchang", "chongqing", "500153", "sichuan", "511083", null);
            insert("tianfu-in-linshui", "sichuan", "511623", "sichuan", "511623", "tianfu-tongban");
            insert("yukuaiban-in-yubei", "chongqing", "500112", "chongqing", "500112", "yukuaiban");
            return null;
        });
    }

    @Test
    void linshuiClerkSeesWhatItAcceptedIncludingCasesHandledInYubei() {
        assertEquals(List.of("linshui-to-yubei", "tianfu-in-linshui"), visibleTo("linshui-clerk"));
    }

    @Test
    void yubeiClerkSeesWhatItHandlesAndWhatItsDistrictAccepted() {
        assertEquals(List.of("linshui-to-yubei", "yukuaiban-in-yubei"), visibleTo("yubei-clerk"));
    }

    @Test
    void longchangClerkSeesOnlyItsOwnShare() {
        assertEquals(List.of("rongchang-to-longchang"), visibleTo("longchang-clerk"));
    }

    @Test
    void externalSystemsSeeOnlyTheirOwnSubmissions() {
        assertEquals(List.of("tianfu-in-linshui"), visibleTo("tianfu-tongban"));
        assertEquals(List.of("yukuaiban-in-yubei"), visibleTo("yukuaiban"));
    }

    @Test
    void crossProvinceAdminReadsEverything() {
        assertEquals(4, visibleTo("joint-office-sc").size());
    }

    @Test
    void writesOutsideBothScopesAreRefused() {
        int updated = asCaller("linshui-clerk", () -> em.createNativeQuery(
                "update case_file set status = 'WITHDRAWN' where number = ?1").setParameter(1, run + "rongchang-to-longchang")
                .executeUpdate());
        assertEquals(0, updated);
        int handled = asCaller("yubei-clerk", () -> em.createNativeQuery(
                "update case_file set status = 'IN_REVIEW' where number = ?1").setParameter(1, run + "linshui-to-yubei")
                .executeUpdate());
        assertEquals(1, handled, "the handling district may change the case");
        Exception e = assertThrows(Exception.class, () -> asCaller("linshui-clerk", () -> {
            insert("accepted-for-yubei", "chongqing", "500112", "chongqing", "500112", null);
            return null;
        }));
        assertEquals(SqlStates.REFUSED, SqlStates.of(e));
    }

    @Test
    void casesAreNeverDeleted() {
        int deleted = asScope(Scope.SYSTEM, () -> em.createNativeQuery("delete from case_file where number like ?1")
                .setParameter(1, run + "%").executeUpdate());
        assertEquals(0, deleted);
    }

    @Test
    void numbersAreSequentialPerAcceptingProvinceAndYear() {
        String first = asScope(Scope.SYSTEM, () -> numbers.next(Province.SICHUAN, 2031));
        String second = asScope(Scope.SYSTEM, () -> numbers.next(Province.SICHUAN, 2031));
        String chongqing = asScope(Scope.SYSTEM, () -> numbers.next(Province.CHONGQING, 2031));
        assertEquals("CY-51-2031-", first.substring(0, 11));
        assertEquals(Long.parseLong(first.substring(11)) + 1, Long.parseLong(second.substring(11)));
        assertEquals("CY-50-2031-", chongqing.substring(0, 11));
        assertNotEquals(first, second);
    }

    private List<String> visibleTo(String account) {
        return asCaller(account, () -> em.createNativeQuery(
                        "select substr(number, ?2) from case_file where number like ?1 order by number")
                .setParameter(1, run + "%").setParameter(2, run.length() + 1)
                .getResultList().stream().map(Object::toString).toList());
    }

    private void insert(String name, String ap, String ad, String hp, String hd, String submitter) {
        em.createNativeQuery("insert into case_file (number, item_code, item_version, applicant_kind, applicant_name, "
                        + "applicant_id, accepting_province, accepting_district, handling_province, handling_district, "
                        + "channel, submitter, status) values (?1, 'yidi-jiuyi-beian', 1, 'PERSON', '张三', "
                        + "'511623199001011238', ?2, ?3, ?4, ?5, ?6, ?7, 'SUBMITTED')")
                .setParameter(1, run + name).setParameter(2, ap).setParameter(3, ad).setParameter(4, hp)
                .setParameter(5, hd).setParameter(6, submitter == null ? "WINDOW" : "EXTERNAL_SYSTEM")
                .setParameter(7, submitter)
                .executeUpdate();
    }

    private <T> T asCaller(String account, Callable<T> work) {
        return asScope(DemoCallers.scope(account), work);
    }

    private <T> T asScope(Scope scope, Callable<T> work) {
        return currentScope.within(scope, () -> QuarkusTransaction.requiringNew().call(work));
    }

}
