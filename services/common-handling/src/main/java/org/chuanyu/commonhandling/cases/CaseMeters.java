package org.chuanyu.commonhandling.cases;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.CurrentScope;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The meters an operator of 川渝通办 reads (docs/operations.md): cases submitted, accepted, decided and delivered per
 * province and side ({@code cases_events_total}), cases currently overdue per province and side
 * ({@code cases_overdue}, refreshed by each overdue scan), and submissions answered as idempotent replays
 * ({@code cases_submissions_replayed_total}). A counter moves only when the change commits, so a refused or rolled
 * back request counts nothing. No case number, person or district is a tag: the tags are bounded.
 */
@ApplicationScoped
public class CaseMeters {

    /** What the counters count: a submission, and the transitions that a supervisor follows. */
    enum Milestone { SUBMITTED, ACCEPTED, DECIDED, DELIVERED }

    static final List<CaseSide> SIDES = List.of(CaseSide.ACCEPTING, CaseSide.HANDLING);

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;

    private final Map<String, AtomicLong> overdue = new ConcurrentHashMap<>();
    private Counter replays;

    @PostConstruct
    void register() {
        for (String province : Arrays.stream(Province.values()).map(Province::realm).toList()) {
            for (CaseSide side : SIDES) {
                AtomicLong value = overdue.computeIfAbsent(key(province, side), k -> new AtomicLong());
                Gauge.builder("cases.overdue", value, AtomicLong::get)
                        .description("Open cases past their deadline, by the province of one side")
                        .tag("province", province).tag("side", side.name().toLowerCase()).register(registry);
            }
        }
        replays = Counter.builder("cases.submissions.replayed")
                .description("Submissions answered with the case an earlier one with the same Idempotency-Key filed")
                .register(registry);
    }

    /** Counts the milestone for both sides of the case once the transaction commits. */
    void reached(CaseFile c, Milestone milestone) {
        afterCommit(() -> {
            count(milestone, c.acceptingProvince, CaseSide.ACCEPTING);
            count(milestone, c.handlingProvince, CaseSide.HANDLING);
        });
    }

    /** The milestone a transition reaches, if it is one the meters follow. */
    static Milestone of(CaseAction action) {
        return switch (action) {
            case ACCEPT -> Milestone.ACCEPTED;
            case APPROVE, DENY -> Milestone.DECIDED;
            case DELIVER -> Milestone.DELIVERED;
            default -> null;
        };
    }

    void replayed() {
        replays.increment();
    }

    /** Reads the overdue backlog again (after each overdue scan: it changes when a scan marks cases, or one closes). */
    void refreshOverdue() {
        currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> {
            overdue.values().forEach(v -> v.set(0));
            for (String column : List.of("accepting", "handling")) {
                CaseSide side = column.equals("accepting") ? CaseSide.ACCEPTING : CaseSide.HANDLING;
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select " + column + "_province, count(*) from case_file "
                        + "where overdue and status in (:open) group by 1")
                        .setParameter("open", CaseStatus.CLOCK_RUNNING.stream().map(Enum::name).toList()).getResultList();
                for (Object[] row : rows) {
                    AtomicLong value = overdue.get(key((String) row[0], side));
                    if (value != null) {
                        value.set(((Number) row[1]).longValue());
                    }
                }
            }
            return null;
        }));
    }

    private void count(Milestone milestone, String province, CaseSide side) {
        Counter.builder("cases.events").description("Cases reaching a milestone, by the province of one side")
                .tag("milestone", milestone.name().toLowerCase()).tag("province", province)
                .tag("side", side.name().toLowerCase()).register(registry).increment();
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    private static String key(String province, CaseSide side) {
        return province + "/" + side;
    }
}
