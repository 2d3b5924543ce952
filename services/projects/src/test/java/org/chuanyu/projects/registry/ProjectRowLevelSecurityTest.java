package org.chuanyu.projects.registry;

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
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Defence in depth: the database itself refuses what the scope does not allow, for projects and for the
 * rows hanging off them, even for SQL written without the service's predicate.
 */
@QuarkusTest
class ProjectRowLevelSecurityTest {

    // The park code p is the one insert() gives every row, so the codes keep the rule of V4.
    private static final String TAG = "p.rls" + org.chuanyu.projects.Api.RUN + "-";

    @Inject
    EntityManager em;
    @Inject
    CurrentScope currentScope;

    @BeforeEach
    void projectsOnBothSidesOfTheBorder() {
        asScope(Scope.SYSTEM, () -> {
            if (count("select count(*) from project where code like '" + TAG + "%'") == 0) {
                insert("linshui", "sichuan", "511623", null);
                insert("gaozhu-sc", "sichuan", "511623", "gaozhu");
                insert("gaozhu-cq", "chongqing", "500112", "gaozhu");
                insert("yubei", "chongqing", "500112", null);
                insert("chengdu", "sichuan", "510107", null);
            }
            return null;
        });
    }

    @Test
    void sqlWithoutAnyPredicateSeesOnlyTheCallersScope() {
        assertEquals(List.of(TAG + "gaozhu-cq", TAG + "gaozhu-sc", TAG + "linshui"), codes("linshui-clerk"));
        assertEquals(List.of(TAG + "gaozhu-cq", TAG + "gaozhu-sc", TAG + "yubei"), codes("yubei-clerk"));
        assertEquals(List.of(TAG + "chengdu", TAG + "gaozhu-cq", TAG + "gaozhu-sc", TAG + "linshui"), codes("sc-admin"));
        assertEquals(List.of(), asScope(Scope.NONE, () -> em.createNativeQuery(
                "select code from project where code like '" + TAG + "%'").getResultList()));
    }

    @Test
    void childRowsFollowTheProjectsScope() {
        asScope(Scope.SYSTEM, () -> em.createNativeQuery("insert into progress_report (project_id, cadence, period_start, "
                + "period_end, completed_in_period, cumulative, reporter, province, district, zone) select id, 'MONTHLY', "
                + "date '2026-01-01', date '2026-01-31', 1, 1, 'test', province, district, zone from project where code = ?1")
                .setParameter(1, TAG + "yubei").executeUpdate());
        assertEquals(0L, asCaller("linshui-clerk", () -> count("select count(*) from progress_report r join project p "
                + "on p.id = r.project_id where p.code = '" + TAG + "yubei'")));
        assertEquals(0L, asCaller("linshui-clerk", () -> count("select count(*) from progress_report r where r.reporter = 'test' "
                + "and r.district = '500112' and r.zone is null")));
        assertEquals(1L, asCaller("yubei-clerk", () -> count("select count(*) from progress_report r join project p "
                + "on p.id = r.project_id where p.code = '" + TAG + "yubei'")));
    }

    @Test
    void writesOutsideTheScopeAreRefusedByTheDatabase() {
        Exception e = assertThrows(Exception.class, () -> asCaller("linshui-clerk", () -> {
            insert("sneaky", "chongqing", "500112", null);
            return null;
        }));
        assertEquals(SqlStates.REFUSED, SqlStates.of(e));
        Exception moved = assertThrows(Exception.class, () -> asCaller("linshui-clerk", () ->
                em.createNativeQuery("update project set district = '510107' where code = ?1")
                        .setParameter(1, TAG + "linshui").executeUpdate()));
        assertEquals(SqlStates.REFUSED, SqlStates.of(moved));
        assertEquals(0, (int) asCaller("sc-viewer", () -> em.createNativeQuery("update project set name = 'x' where code = ?1")
                .setParameter(1, TAG + "linshui").executeUpdate()));
        assertEquals(0, (int) asCaller("joint-office-cq", () -> em.createNativeQuery("delete from project where code = ?1")
                .setParameter(1, TAG + "chengdu").executeUpdate()));
    }

    @Test
    void theServiceConnectsAsARoleThatCannotBypassRowLevelSecurity() {
        Object[] role = asScope(Scope.NONE, () -> (Object[]) em.createNativeQuery(
                "select r.rolsuper, r.rolbypassrls, (select tableowner from pg_tables where tablename = 'project') = current_user "
                        + "from pg_roles r where r.rolname = current_user").getSingleResult());
        assertFalse((Boolean) role[0], "superuser");
        assertFalse((Boolean) role[1], "bypassrls");
        assertFalse((Boolean) role[2], "owns the table");
    }

    @SuppressWarnings("unchecked")
    private List<String> codes(String account) {
        return asCaller(account, () -> em.createNativeQuery("select code from project where code like '" + TAG
                + "%' order by code").getResultList());
    }

    private void insert(String suffix, String province, String district, String zone) {
        em.createNativeQuery("insert into project (code, name, investor_name, investor_credit_code, source_region, industry, "
                        + "park_code, province, district, zone, planned_investment, created_by) "
                        + "values (?1, ?1, 'x', 'x', 'OTHER', 'other', 'p', ?2, ?3, ?4, 0, 'test')")
                .setParameter(1, TAG + suffix).setParameter(2, province).setParameter(3, district).setParameter(4, zone)
                .executeUpdate();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private <T> T asCaller(String account, Callable<T> work) {
        return asScope(DemoCallers.scope(account), work);
    }

    private <T> T asScope(Scope scope, Callable<T> work) {
        return currentScope.within(scope, () -> QuarkusTransaction.requiringNew().call(work));
    }

}
