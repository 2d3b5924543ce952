package org.chuanyu.policy.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.publish;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Defence in depth: with no query predicate at all, the database itself hides a draft from the other
 * province, shows a published policy to every caller, shows nothing without a caller, and refuses
 * writes by non-admins.
 */
@QuarkusTest
class PolicyRowLevelSecurityTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseHidesADraftFromTheOtherProvinceAndFromNoCaller() {
        long draft = createOk("sc-admin", false, simple("行级草稿" + uniqueWord()));
        assertEquals(1, rows("sichuan", false, "select count(*) from policy where id = ?", draft));
        assertEquals(0, rows("chongqing", false, "select count(*) from policy where id = ?", draft));
        assertEquals(0, rows("", false, "select count(*) from policy where id = ?", draft));
        assertEquals(0, rows("sichuan", false, false, "select count(*) from policy where id = ?", draft),
                "an external system of the same province");
        assertEquals(0, rows("sichuan", false, false, "select count(*) from policy_version where policy_id = ?", draft));
        assertEquals(0, rows("chongqing", false, "select count(*) from policy_version where policy_id = ?", draft));
        publish("sc-admin", draft);
        assertEquals(1, rows("chongqing", false, "select count(*) from policy where id = ?", draft));
        assertEquals(0, rows("", false, "select count(*) from policy where id = ?", draft));
    }

    @Test
    void theDatabaseRefusesChangesByNonAdminsAndByTheOtherProvince() {
        long id = createOk("sc-admin", false, simple("行级写" + uniqueWord()));
        publish("sc-admin", id);
        String touch = "with changed as (update policy set department = department where id = ? returning 1) select count(*) from changed";
        assertEquals(0, rows("sichuan", false, touch, id));
        assertEquals(0, rows("chongqing", true, touch, id));
        assertEquals(1, rows("sichuan", true, touch, id));
    }

    /** Runs a counting query in a transaction whose policy settings are those of a caller of that province. */
    /** As a caller of the province who is no external system (no province: no caller at all). */
    private long rows(String province, boolean admin, String sql, long id) {
        return rows(province, admin, !province.isEmpty(), sql, id);
    }

    private long rows(String province, boolean admin, boolean readsDrafts, String sql, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement s = c.prepareStatement(
                        "select set_config('app.policy_province', ?, true), set_config('app.policy_admin', ?, true), "
                                + "set_config('app.policy_reads_drafts', ?, true)")) {
                    s.setString(1, province);
                    s.setString(2, Boolean.toString(admin));
                    s.setString(3, Boolean.toString(readsDrafts));
                    s.execute();
                }
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setLong(1, id);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        return r.getLong(1);
                    }
                }
            }
        });
    }
}
