package org.chuanyu.parks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.scope.CurrentScope;

import java.util.Arrays;

/**
 * Test data for divisions and joint zones. Each test class owns some codes (division codes under
 * an unused prefix such as 5198, zone codes agreed only in the test profile) and resets them
 * before each test, so no test depends on what another left behind.
 */
@ApplicationScoped
public class ReferenceDataFixtures {

    @Inject
    EntityManager em;
    @Inject
    CurrentScope currentScope;

    /** Removes every trace of the zone: its changes, members, sides, documents and record. */
    public void resetZone(String code) {
        inTransaction(() -> {
            em.createNativeQuery("delete from zone_change_approval where change_id in "
                    + "(select id from zone_change where zone = ?1)").setParameter(1, code).executeUpdate();
            for (String table : new String[] {"zone_change", "joint_zone_member", "joint_zone_side", "joint_zone_document"}) {
                em.createNativeQuery("delete from " + table + " where zone = ?1").setParameter(1, code).executeUpdate();
            }
            em.createNativeQuery("delete from joint_zone where code = ?1").setParameter(1, code).executeUpdate();
        });
    }

    /** Removes the zone's waiting changes only (for tests on a demo zone that never approve anything). */
    public void discardPendingChanges(String zone) {
        inTransaction(() -> {
            em.createNativeQuery("delete from zone_change_approval where change_id in "
                    + "(select id from zone_change where zone = ?1 and status = 'PENDING')")
                    .setParameter(1, zone).executeUpdate();
            em.createNativeQuery("delete from zone_change where zone = ?1 and status = 'PENDING'")
                    .setParameter(1, zone).executeUpdate();
        });
    }

    /** Records a two-province zone directly, members as {@code code:areaKm2} from {@code since}. */
    public void recordZone(String code, String since, String... members) {
        inTransaction(() -> {
            em.createNativeQuery("insert into joint_zone (code, name, name_en) values (?1, ?2, ?3)")
                    .setParameter(1, code).setParameter(2, "测试合作区 " + code).setParameter(3, "Test zone " + code)
                    .executeUpdate();
            for (String province : new String[] {"sichuan", "chongqing"}) {
                em.createNativeQuery("insert into joint_zone_side (zone, province) values (?1, ?2)")
                        .setParameter(1, code).setParameter(2, province).executeUpdate();
            }
            Arrays.stream(members).map(m -> m.split(":")).forEach(m ->
                    em.createNativeQuery("insert into joint_zone_member (zone, division, area_km2, valid_from) "
                                    + "values (?1, ?2, cast(?3 as numeric), cast(?4 as date))")
                            .setParameter(1, code).setParameter(2, m[0]).setParameter(3, m[1]).setParameter(4, since)
                            .executeUpdate());
        });
    }

    /** Removes every division whose code starts with {@code prefix}, with its history and memberships. */
    public void resetDivisions(String prefix) {
        String like = prefix + "%";
        inTransaction(() -> {
            em.createNativeQuery("delete from division_successor where successor_code like ?1 or change_id in "
                    + "(select id from division_change where code like ?1)").setParameter(1, like).executeUpdate();
            em.createNativeQuery("delete from division_change where code like ?1").setParameter(1, like).executeUpdate();
            em.createNativeQuery("delete from joint_zone_member where division like ?1").setParameter(1, like).executeUpdate();
            em.createNativeQuery("delete from division_period where code like ?1").setParameter(1, like).executeUpdate();
            em.createNativeQuery("delete from division where code like ?1").setParameter(1, like).executeUpdate();
        });
    }

    /** Records a division directly: one open period from {@code from}, under {@code parent}. */
    public void recordDivision(String code, String name, String parent, String from) {
        inTransaction(() -> {
            em.createNativeQuery("insert into division (code) values (?1)").setParameter(1, code).executeUpdate();
            em.createNativeQuery("insert into division_period (code, name, parent_code, valid_from) "
                            + "values (?1, ?2, ?3, cast(?4 as date))")
                    .setParameter(1, code).setParameter(2, name).setParameter(3, parent).setParameter(4, from)
                    .executeUpdate();
        });
    }

    private void inTransaction(Runnable work) {
        currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> {
            work.run();
            return null;
        }));
    }
}
