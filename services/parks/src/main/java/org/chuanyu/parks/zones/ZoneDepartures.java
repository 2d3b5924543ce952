package org.chuanyu.parks.zones;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.parks.events.ParkEvents;
import org.chuanyu.parks.registry.Park;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A park names a zone only while its district belongs to that zone (docs/parks.md, "Moves, and the event
 * feed"). When a membership change takes a district out, its parks leave the zone, each with a park.moved
 * event, so that nothing keeps a scope its source no longer has. Runs right after an approval puts a
 * change in force, and on a schedule for changes that take effect on a later day (and for a run an
 * outage interrupted).
 */
@ApplicationScoped
public class ZoneDepartures {

    private static final Logger LOG = Logger.getLogger(ZoneDepartures.class);

    @Inject
    CurrentScope currentScope;
    @Inject
    ZoneMembership membership;
    @Inject
    ParkEvents events;
    @Inject
    BusinessClock clock;

    @Scheduled(identity = "zone-departures", every = "${parks.zones.departures-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run();
    }

    /** Takes every park whose district has left its zone out of that zone; answers how many moved. */
    public int run() {
        try {
            // As the system: the parks leave scopes no caller may write both of (a Sichuan admin's approval moves a
            // Chongqing park out of a joint zone).
            int moved = currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(this::moveOut));
            if (moved > 0) {
                LOG.infof("%d park(s) left a joint zone their district no longer belongs to", moved);
            }
            return moved;
        } catch (RuntimeException e) {
            // A concurrent edit of one of the parks, or the database away: the next run tries again.
            LOG.warnf("zone departures did not complete: %s", e.getMessage());
            return 0;
        }
    }

    private int moveOut() {
        LocalDate today = clock.today();
        Map<String, Boolean> memberToday = new HashMap<>();
        int moved = 0;
        for (Park park : Park.<Park>list("zone is not null order by code")) {
            boolean member = memberToday.computeIfAbsent(park.zone + "/" + park.district,
                    key -> membership.isMember(park.zone, park.district, today));
            if (!member) {
                RecordScope before = park.scope();
                park.zone = null;
                park.updatedAt = clock.now();
                Park.flush();
                events.moved(park.code, before, park.scope(), "LEFT_ZONE");
                moved++;
            }
        }
        return moved;
    }
}
