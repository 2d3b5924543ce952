package org.chuanyu.parks.registry;

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

import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Defence in depth: the database itself refuses what the scope does not allow, even for a query
 * written without the service's predicate. Runs as the service's runtime role against the real
 * PostgreSQL test database.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @BeforeEach
    void seedParksInBothProvincesAndZones() {
        asScope(Scope.SYSTEM, () -> {
            em.createNativeQuery("delete from park").executeUpdate();
            insert("linshui-industrial", "sichuan", "511623", null);
            insert("gaozhu-linshui", "sichuan", "511623", "gaozhu");
            insert("gaozhu-yubei", "chongqing", "500112", "gaozhu");
            insert("yubei-airport", "chongqing", "500112", null);
            insert("rongchang-hightech", "chongqing", "500153", "rongchang-longchang");
            insert("chengdu-hightech", "sichuan", "510107", null);
            return null;
        });
    }

    @Test
    void queryWithoutAnyPredicateReturnsOnlyTheClerksScope() {
        List<?> codes = asCaller("linshui-clerk", () ->
                em.createNativeQuery("select code from park order by code").getResultList());
        assertEquals(List.of("gaozhu-linshui", "gaozhu-yubei", "linshui-industrial"), codes);
    }

    @Test
    void hibernateQueriesAreFilteredToo() {
        List<String> codes = asCaller("yubei-clerk", () ->
                Park.<Park>listAll().stream().map(p -> p.code).sorted().toList());
        assertEquals(List.of("gaozhu-linshui", "gaozhu-yubei", "yubei-airport"), codes);
    }

    @Test
    void provinceAdminSeesItsProvinceAndJointZonesOnly() {
        List<?> codes = asCaller("sc-admin", () ->
                em.createNativeQuery("select code from park order by code").getResultList());
        assertEquals(List.of("chengdu-hightech", "gaozhu-linshui", "gaozhu-yubei", "linshui-industrial",
                "rongchang-hightech"), codes);
    }

    @Test
    void noScopeSeesNothing() {
        assertEquals(0L, asScope(Scope.NONE, () ->
                em.createNativeQuery("select count(*) from park").getSingleResult()));
    }

    @Test
    void readsOutsideATransactionSeeNothing() {
        // No transaction: no settings, so the policies cover no row (fail closed).
        List<?> rows = currentScope.within(Scope.SYSTEM, () ->
                em.createNativeQuery("select code from park").getResultList());
        assertEquals(List.of(), rows);
    }

    @Test
    void insertIntoAForeignDistrictIsRefusedByTheDatabase() {
        Exception e = assertThrows(Exception.class, () -> asCaller("linshui-clerk", () -> {
            insert("sneaky-yubei", "chongqing", "500112", null);
            return null;
        }));
        assertEquals(SqlStates.REFUSED, SqlStates.of(e));
        assertEquals(6L, countAll());
    }

    @Test
    void updateMovingARecordOutOfTheScopeIsRefused() {
        Exception e = assertThrows(Exception.class, () -> asCaller("linshui-clerk", () ->
                em.createNativeQuery("update park set district = '510107' where code = 'linshui-industrial'")
                        .executeUpdate()));
        assertEquals(SqlStates.REFUSED, SqlStates.of(e));
    }

    @Test
    void foreignAndReadOnlyRowsCannotBeUpdatedOrDeleted() {
        int foreign = asCaller("linshui-clerk", () ->
                em.createNativeQuery("update park set name = 'x' where code = 'yubei-airport'").executeUpdate());
        int asViewer = asCaller("sc-viewer", () ->
                em.createNativeQuery("update park set name = 'x' where code = 'linshui-industrial'").executeUpdate());
        int deletedByJointOffice = asCaller("joint-office-cq", () ->
                em.createNativeQuery("delete from park where code = 'chengdu-hightech'").executeUpdate());
        assertEquals(0, foreign);
        assertEquals(0, asViewer);
        assertEquals(0, deletedByJointOffice, "a cross-province-admin reads everything but writes only its zones");
        assertEquals(6L, countAll());
    }

    @Test
    void theServiceConnectsAsARoleThatCannotBypassRowLevelSecurity() {
        Object[] role = asScope(Scope.NONE, () -> (Object[]) em.createNativeQuery(
                "select r.rolsuper, r.rolbypassrls, (select tableowner from pg_tables where tablename = 'park') = current_user "
                        + "from pg_roles r where r.rolname = current_user").getSingleResult());
        assertFalse((Boolean) role[0], "superuser");
        assertFalse((Boolean) role[1], "bypassrls");
        assertFalse((Boolean) role[2], "owns the table");
    }

    private void insert(String code, String province, String district, String zone) {
        em.createNativeQuery("insert into park (code, name, province, district, zone) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, code).setParameter(2, code).setParameter(3, province)
                .setParameter(4, district).setParameter(5, zone)
                .executeUpdate();
    }

    private long countAll() {
        return ((Number) asScope(Scope.SYSTEM, () ->
                em.createNativeQuery("select count(*) from park").getSingleResult())).longValue();
    }

    private <T> T asCaller(String account, Callable<T> work) {
        return asScope(DemoCallers.scope(account), work);
    }

    private <T> T asScope(Scope scope, Callable<T> work) {
        return currentScope.within(scope, () -> QuarkusTransaction.requiringNew().call(work));
    }

}
