package org.chuanyu.projects.park;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;
import org.chuanyu.jurisdiction.relay.RelayToken;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps every project's copy of its park's scope current
 * (docs/adr/0002-copies-follow-their-source-through-an-outbox-feed.md): reads the parks event feed as the
 * platform's relay and re-scopes the projects of each moved park, with their designations, stage
 * transitions, progress reports and blockers. The feed's position is stored with the change it caused, so
 * each move is applied once. Until the first run has read the feed to its end, the service does not
 * report ready ({@link ParkMovesReadiness}): a service that was down catches up before it serves.
 */
@ApplicationScoped
public class ParkMoveFollower {

    private static final Logger LOG = Logger.getLogger(ParkMoveFollower.class);
    static final String FEED = "parks";
    static final String PARK_MOVED = "cn.chuanyu.parks.park.moved";
    /** The tables that carry a project's scope, and how each row names its project. */
    private static final List<String> SCOPED = List.of("project_designation", "stage_transition", "progress_report", "blocker");

    @Inject
    @RestClient
    ParksApi parks;
    @Inject
    RelayToken relay;
    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;
    @Inject
    ParkMovesConfig config;

    private volatile Instant caughtUpAt;
    /** Whether the stored position was found on the feed since start (see V3). */
    private volatile boolean positionChecked;
    private volatile String lastProblem;

    /**
     * A thread of its own, not the Quarkus scheduler: that one looks at its triggers once a second, and a move should
     * reach the projects well within that.
     */
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "park-moves");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::follow, config.delayed().toMillis(), config.every().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Applies every move the feed holds after the stored position; answers how many events were read. */
    public synchronized int follow() {
        int read = 0;
        try {
            if (!positionChecked) {
                checkPosition();
            }
            while (true) {
                long after = position();
                ParksApi.FeedPage page = fetch(after);
                List<ParksApi.FeedEvent> events = page.items() == null ? List.of() : page.items();
                if (events.isEmpty()) {
                    caughtUpAt = Instant.now();
                    lastProblem = null;
                    return read;
                }
                currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> apply(after, events)));
                read += events.size();
            }
        } catch (RuntimeException e) {
            // Parks, Keycloak or the database away: nothing half-applied (one transaction per page); the next run
            // starts from the stored position.
            // Said once per kind of trouble, not four times a second while it lasts.
            if (!java.util.Objects.equals(lastProblem, e.getMessage())) {
                LOG.warnf("park moves: could not follow the parks feed (%s)", e.getMessage());
            }
            lastProblem = e.getMessage();
            return read;
        }
    }

    private ParksApi.FeedPage fetch(long after) {
        try {
            return parks.events(after, config.batch(), relay.authorization());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 401) {
                relay.forget();
            }
            throw new IllegalStateException("the parks feed answered " + e.getResponse().getStatus(), e);
        }
    }

    /** Follows the feed again from its start when the event at the stored position is not the one applied. */
    private void checkPosition() {
        Object[] stored = currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("select position, event_id from feed_position where feed = ?1")
                .setParameter(1, FEED).getSingleResult()));
        long position = ((Number) stored[0]).longValue();
        if (position > 0) {
            ParksApi.FeedPage page = parks.events(position - 1, 1, relay.authorization());
            List<ParksApi.FeedEvent> at = page.items() == null ? List.of() : page.items();
            boolean same = !at.isEmpty() && at.get(0).position() == position && at.get(0).id() != null
                    && at.get(0).id().equals(stored[1]);
            if (!same) {
                LOG.warnf("park moves: the parks feed no longer holds event %s at %d; following it again from its start",
                        stored[1], position);
                currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "update feed_position set position = 0, event_id = null, updated_at = now() where feed = ?1")
                        .setParameter(1, FEED).executeUpdate()));
            }
        }
        positionChecked = true;
    }

    private long position() {
        return currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select position from feed_position where feed = ?1").setParameter(1, FEED).getSingleResult()).longValue()));
    }

    private Void apply(long expectedAfter, List<ParksApi.FeedEvent> events) {
        // The row lock makes a second instance of the service wait, then see that the page is already applied.
        long stored = ((Number) em.createNativeQuery("select position from feed_position where feed = ?1 for update")
                .setParameter(1, FEED).getSingleResult()).longValue();
        if (stored != expectedAfter) {
            return null;
        }
        ParksApi.FeedEvent last = null;
        for (ParksApi.FeedEvent event : events) {
            ParksApi.ScopeJson to = PARK_MOVED.equals(event.type()) ? event.movedTo() : null;
            if (to != null) {
                rescope(event.subject(), to);
            }
            last = event;
        }
        em.createNativeQuery("update feed_position set position = ?1, event_id = ?2, updated_at = now() where feed = ?3")
                .setParameter(1, last.position()).setParameter(2, last.id()).setParameter(3, FEED).executeUpdate();
        return null;
    }

    /** Every project on the park, and everything that carries its scope, takes the park's new scope. */
    private void rescope(String parkCode, ParksApi.ScopeJson to) {
        int projects = em.createNativeQuery("update project set province = ?1, district = ?2, zone = ?3, "
                        + "version = version + 1 where park_code = ?4 and (province, district, coalesce(zone, '')) "
                        + "is distinct from (?1, ?2, coalesce(?3, ''))")
                .setParameter(1, to.province()).setParameter(2, to.district()).setParameter(3, to.zone())
                .setParameter(4, parkCode).executeUpdate();
        for (String table : SCOPED) {
            em.createNativeQuery("update " + table + " t set province = ?1, district = ?2, zone = ?3 from project p "
                            + "where p.id = t.project_id and p.park_code = ?4")
                    .setParameter(1, to.province()).setParameter(2, to.district()).setParameter(3, to.zone())
                    .setParameter(4, parkCode).executeUpdate();
        }
        if (projects > 0) {
            LOG.infof("park moves: %d project(s) of park %s now in %s/%s/%s", projects, parkCode, to.province(),
                    to.district(), to.zone());
        }
    }

    /** When the feed was last read to its end; null until then (not ready). */
    public Instant caughtUpAt() {
        return caughtUpAt;
    }

    public String lastProblem() {
        return lastProblem;
    }
}
