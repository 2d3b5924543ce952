package org.chuanyu.commonhandling.cases;

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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statistics come from the roll-up (whole months, the days of partial months, deltas not folded yet); here they are
 * compared with the same counts taken from the cases themselves, before and after folds and changes, for ranges
 * that cut months in different ways, and for callers who see everything or only their district. Each test files
 * its cases under an item code of its own, so no other test's cases count. The cases are never open (withdrawn,
 * decided or delivered): open cases of an item that does not exist would stop other tests' deadline recounts.
 */
@QuarkusTest
class CaseStatsRollupTest {

    /** Ranges that take whole months, cut them at either end, cross a month boundary, or hold one day. */
    static final List<LocalDate[]> RANGES = List.of(
            range("2024-12-20", "2025-02-28"), range("2025-01-01", "2025-01-31"), range("2025-01-31", "2025-02-01"),
            range("2024-12-01", "2025-03-31"), range("2025-02-10", "2025-02-10"), range("2025-01-15", "2025-03-05"),
            range("2025-01-01", "2025-02-10"), range("2024-12-20", "2025-01-31"), range("2025-02-01", "2025-02-28"));
    static final List<String> CALLERS = List.of("joint-office-sc", "linshui-clerk", "yubei-clerk", "tianfu-tongban");

    @Inject
    EntityManager em;
    @Inject
    CurrentScope currentScope;
    @Inject
    CaseStatistics statistics;
    @Inject
    CaseStatsFolder folder;

    String item;

    @BeforeEach
    void casesAroundMonthBoundaries() {
        item = "stats-" + Long.toString(System.nanoTime(), 36);
        asScope(Scope.SYSTEM, () -> {
            // 2025-01-31 15:59:59Z is the last second of 31 January in Asia/Shanghai; 16:30Z is already 1 February.
            insert("a", "2024-12-19T23:00:00Z", "sichuan", "511623", "chongqing", "500112", null);
            insert("b", "2024-12-31T17:00:00Z", "sichuan", "511623", "sichuan", "511623", "tianfu-tongban");
            insert("c", "2025-01-15T02:00:00Z", "chongqing", "500112", "sichuan", "511623", null);
            insert("d", "2025-01-31T15:59:59Z", "chongqing", "500153", "sichuan", "511083", null);
            insert("e", "2025-01-31T16:30:00Z", "sichuan", "511623", "chongqing", "500112", null);
            insert("f", "2025-02-10T08:00:00Z", "chongqing", "500112", "chongqing", "500112", null);
            insert("g", "2025-03-05T01:00:00Z", "sichuan", "511083", "chongqing", "500153", null);
            insert("h", "2025-03-31T15:00:00Z", "sichuan", "511623", "chongqing", "500112", null);
            return null;
        });
    }

    @Test
    void theRollupCountsWhatTheCasesCountBeforeAndAfterFoldsAndChanges() {
        assertAgreement("deltas only");
        folder.fold();
        assertAgreement("after a fold");

        change("accepted_on = date '2025-01-16'", "c");
        change("accepted_on = date '2025-02-02', decided_at = timestamptz '2025-02-05T02:00:00Z', "
                + "decision_due = timestamptz '2025-02-10T00:00:00Z', decision_working_days = 3, status = 'DELIVERED'", "e");
        change("accepted_on = date '2025-01-02', decided_at = timestamptz '2025-03-01T02:00:00Z', "
                + "decision_due = timestamptz '2025-02-01T00:00:00Z', decision_working_days = 30, status = 'DENIED'", "b");
        change("overdue = true", "f", "g");
        assertAgreement("changes not folded");
        folder.fold();
        assertAgreement("changes folded");

        change("overdue = false", "f");
        change("status = 'DELIVERED'", "b");
        assertAgreement("a second round of changes, not folded");
        folder.fold();
        assertAgreement("everything folded");
    }

    @Test
    void changesThatCountNothingLeaveNoDelta() {
        folder.fold();
        long before = pendingDeltas();
        change("next_due = timestamptz '2025-04-01T00:00:00Z', applicant_contact = '13800000000'", "a", "c");
        assertEquals(before, pendingDeltas());
    }

    @Test
    void theServiceCanFoldButNeverWriteACountItself() {
        for (String sql : List.of("select case_stats_rebuild()",
                "select case_stats_merge('select * from case_stats_delta')",
                "insert into case_stats_delta select * from case_stats_delta limit 1")) {
            Exception e = assertThrows(Exception.class, () -> asScope(Scope.SYSTEM, () -> {
                int changed = em.createNativeQuery(sql).getResultList().size();
                throw new AssertionError(sql + " was allowed (" + changed + ")");
            }), sql);
            assertEquals(SqlStates.REFUSED, SqlStates.of(e), sql);
        }
        // No write policy: row-level security leaves the runtime role no row to change.
        for (String sql : List.of("update case_stats set received = received + 1", "delete from case_stats",
                "update case_stats_delta set received = received + 1", "delete from case_stats_delta")) {
            assertEquals(0, asScope(Scope.SYSTEM, () -> em.createNativeQuery(sql).executeUpdate()), sql);
        }
        assertTrue(folder.fold() >= -1);
    }

    private void assertAgreement(String moment) {
        for (String caller : CALLERS) {
            for (LocalDate[] r : RANGES) {
                List<CaseStatistics.Row> expected = fromTheCases(caller, r[0], r[1]);
                List<CaseStatistics.Row> actual = currentScope.within(DemoCallers.scope(caller),
                        () -> statistics.report(r[0].toString(), r[1].toString(), item).rows());
                assertEquals(expected, actual, moment + ", " + caller + ", " + r[0] + ".." + r[1]);
            }
        }
        List<CaseStatistics.Row> all = fromTheCases("joint-office-sc", LocalDate.parse("2024-12-01"), LocalDate.parse("2025-03-31"));
        assertFalse(all.isEmpty(), "the comparison compares something");
    }

    /** The counts as the statistics took them before the roll-up: every case, under the caller's row-level security. */
    private List<CaseStatistics.Row> fromTheCases(String caller, LocalDate from, LocalDate to) {
        List<CaseStatistics.Row> rows = new ArrayList<>();
        for (CaseStatistics.Side side : CaseStatistics.Side.values()) {
            String province = side == CaseStatistics.Side.ACCEPTING ? "accepting_province" : "handling_province";
            String other = side == CaseStatistics.Side.ACCEPTING ? "handling_province" : "accepting_province";
            List<?> result = asScope(DemoCallers.scope(caller), () -> em.createNativeQuery("select " + province
                            + ", count(*), count(accepted_on), count(*) filter (where status = 'DELIVERED'), count(decided_at), "
                            + "count(*) filter (where decided_at <= decision_due), sum(decision_working_days), "
                            + "count(decision_working_days), count(*) filter (where overdue), "
                            + "count(*) filter (where " + province + " <> " + other + ") from case_file "
                            + "where item_code = ?1 and (submitted_at at time zone 'Asia/Shanghai')::date between ?2 and ?3 "
                            + "group by " + province)
                    .setParameter(1, item).setParameter(2, from).setParameter(3, to).getResultList());
            for (Object o : result) {
                Object[] c = (Object[]) o;
                long decided = n(c[4]);
                rows.add(new CaseStatistics.Row(item, side, (String) c[0], n(c[1]), n(c[2]), n(c[3]), decided,
                        ratio(n(c[5]), decided, 4), ratio(n(c[6]), n(c[7]), 2), n(c[8]), n(c[9])));
            }
        }
        rows.sort(Comparator.comparing(CaseStatistics.Row::side).thenComparing(CaseStatistics.Row::province));
        return rows;
    }

    private long pendingDeltas() {
        return asScope(Scope.SYSTEM, () -> n(em.createNativeQuery("select count(*) from case_stats_delta where item_code = ?1")
                .setParameter(1, item).getSingleResult()));
    }

    private void change(String assignments, String... names) {
        asScope(Scope.SYSTEM, () -> {
            for (String name : names) {
                assertEquals(1, em.createNativeQuery("update case_file set " + assignments + " where number = ?1")
                        .setParameter(1, item + "-" + name).executeUpdate());
            }
            return null;
        });
    }

    private void insert(String name, String submittedAt, String ap, String ad, String hp, String hd, String submitter) {
        em.createNativeQuery("insert into case_file (number, item_code, item_version, applicant_kind, applicant_name, "
                        + "applicant_id, accepting_province, accepting_district, handling_province, handling_district, "
                        + "channel, submitter, status, submitted_at) values (?1, ?2, 1, 'PERSON', '张三', "
                        + "'511623199001011238', ?3, ?4, ?5, ?6, ?7, ?8, 'WITHDRAWN', cast(?9 as timestamptz))")
                .setParameter(1, item + "-" + name).setParameter(2, item).setParameter(3, ap).setParameter(4, ad)
                .setParameter(5, hp).setParameter(6, hd).setParameter(7, submitter == null ? "WINDOW" : "EXTERNAL_SYSTEM")
                .setParameter(8, submitter).setParameter(9, submittedAt)
                .executeUpdate();
    }

    private <T> T asScope(Scope scope, Callable<T> work) {
        return currentScope.within(scope, () -> QuarkusTransaction.requiringNew().call(work));
    }


    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal ratio(long part, long whole, int scale) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }

    private static LocalDate[] range(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }
}
