package org.chuanyu.parks.indicators;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.DemoCallers;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.testing.SqlStates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database keeps figures and their history within the park's scope even for SQL written
 * without the service's checks.
 */
@QuarkusTest
class IndicatorRowLevelSecurityTest {

    static final String LINSHUI = "ind-rls-linshui";
    static final String YUBEI = "ind-rls-yubei";

    @Inject
    TestParks parks;
    @Inject
    EntityManager em;
    @Inject
    CurrentScope currentScope;

    @BeforeEach
    void figuresInBothProvinces() {
        parks.replace("ind-rls-",
                TestParks.Spec.of(LINSHUI, "sichuan", "511623"),
                TestParks.Spec.of(YUBEI, "chongqing", "500112"));
        parks.seed(LINSHUI, 2022, v -> v.taxRevenue = new BigDecimal("100.00"));
        parks.seed(YUBEI, 2022, v -> v.taxRevenue = new BigDecimal("200.00"));
        asScope(Scope.SYSTEM, () -> em.createNativeQuery("""
                insert into park_indicator_revision (indicator_id, park_id, version, source, reported_by, reported_at,
                                                     amended_by, amended_at)
                select i.id, i.park_id, 0, 'earlier', 'seed', now(), 'seed', now()
                from park_indicator i join park p on p.id = i.park_id where p.code like 'ind-rls-%'""").executeUpdate());
    }

    @Test
    void aClerkSeesOnlyFiguresAndHistoryOfParksItCanRead() {
        List<?> figures = asScope(DemoCallers.scope("linshui-clerk"), () -> em.createNativeQuery(
                "select p.code from park_indicator i join park p on p.id = i.park_id where p.code like 'ind-rls-%'")
                .getResultList());
        List<?> history = asScope(DemoCallers.scope("linshui-clerk"), () -> em.createNativeQuery(
                "select p.code from park_indicator_revision r join park p on p.id = r.park_id where p.code like 'ind-rls-%'")
                .getResultList());
        assertEquals(List.of(LINSHUI), figures);
        assertEquals(List.of(LINSHUI), history);
    }

    @Test
    void figuresForAForeignParkCannotBeInserted() {
        Number yubeiId = asScope(Scope.SYSTEM, () -> (Number) em.createNativeQuery("select id from park where code = ?1")
                .setParameter(1, YUBEI).getSingleResult());
        Exception e = assertThrows(Exception.class, () -> asScope(DemoCallers.scope("linshui-clerk"), () ->
                em.createNativeQuery("""
                        insert into park_indicator (park_id, year, source, reported_by, reported_at)
                        values (?1, 2023, 'x', 'x', now())""")
                        .setParameter(1, yubeiId.longValue()).executeUpdate()));
        assertEquals(SqlStates.REFUSED, SqlStates.of(e));
    }

    @Test
    void aViewerCannotChangeFiguresAndNobodyRewritesHistory() {
        int byViewer = asScope(DemoCallers.scope("sc-viewer"), () -> em.createNativeQuery(
                "update park_indicator set tax_revenue = 1 where park_id = (select id from park where code = ?1)")
                .setParameter(1, LINSHUI).executeUpdate());
        int historyRewritten = asScope(DemoCallers.scope("linshui-clerk"), () -> em.createNativeQuery(
                "update park_indicator_revision set source = 'rewritten' where park_id = (select id from park where code = ?1)")
                .setParameter(1, LINSHUI).executeUpdate());
        assertEquals(0, byViewer);
        assertEquals(0, historyRewritten, "history is append-only: there is no update policy");
    }

    private <T> T asScope(Scope scope, Callable<T> work) {
        return currentScope.within(scope, () -> QuarkusTransaction.requiringNew().call(work));
    }

}
