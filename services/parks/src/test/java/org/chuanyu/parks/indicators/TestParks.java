package org.chuanyu.parks.indicators;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.parks.registry.Park;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Parks and figures for indicator tests, written with the system scope (as seeding is). Each test
 * class uses its own code prefix and replaces its parks before every test, so no test depends on
 * another's rows.
 */
@ApplicationScoped
public class TestParks {

    @Inject
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    /** A park to create: code, province (realm), district and optional joint zone. */
    public record Spec(String code, String province, String district, String zone) {
        public static Spec of(String code, String province, String district) {
            return new Spec(code, province, district, null);
        }
    }

    /** Deletes every park whose code starts with the prefix (their figures go with them), then creates these. */
    public void replace(String prefix, Spec... parks) {
        asSystem(() -> {
            em.createNativeQuery("delete from park where code like ?1").setParameter(1, prefix + "%").executeUpdate();
            for (Spec p : parks) {
                em.createNativeQuery("insert into park (code, name, province, district, zone) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, p.code()).setParameter(2, "园区 " + p.code()).setParameter(3, p.province())
                        .setParameter(4, p.district()).setParameter(5, p.zone())
                        .executeUpdate();
            }
            return null;
        });
    }

    /** Figures for a park's year, as if reported by "seed". */
    public void seed(String code, int year, Consumer<IndicatorValues> figures) {
        asSystem(() -> {
            Park park = Park.<Park>find("code", code).firstResult();
            IndicatorValues values = new IndicatorValues();
            figures.accept(values);
            ParkIndicator.report(park, year, values, "test seed", "seed", Instant.now());
            return null;
        });
    }

    /** The stored version of a park's year, or null when nothing is stored. */
    public Long version(String code, int year) {
        return asSystem(() -> em.createQuery(
                        "select i.version from ParkIndicator i where i.park.code = ?1 and i.year = ?2", Long.class)
                .setParameter(1, code).setParameter(2, year)
                .getResultStream().findFirst().orElse(null));
    }

    public long revisions(String code, int year) {
        return asSystem(() -> em.createQuery(
                        "select count(r) from IndicatorRevision r where r.indicator.park.code = ?1 and r.indicator.year = ?2",
                        Long.class)
                .setParameter(1, code).setParameter(2, year).getSingleResult());
    }

    private <T> T asSystem(Callable<T> work) {
        return currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(work));
    }
}
