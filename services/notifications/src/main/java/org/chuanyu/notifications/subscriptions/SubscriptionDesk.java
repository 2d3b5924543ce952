package org.chuanyu.notifications.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.notifications.catalogue.EventCatalogue;
import org.chuanyu.jurisdiction.directory.Account;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Subscriptions, each its owner's alone: another account's subscription answers 404, as one that does not exist
 * (docs/notifications.md, "Subscriptions").
 */
@ApplicationScoped
@Transactional
public class SubscriptionDesk {

    /** Enough for every system and office; more is a mistake or an attempt to flood receivers. */
    static final int MOST_PER_OWNER = 100;

    @Inject
    CurrentCaller currentCaller;
    @Inject
    Validator validator;
    @Inject
    EventCatalogue catalogue;
    @Inject
    CallbackAddresses callbacks;
    @Inject
    SigningSecrets secrets;
    @Inject
    SecretsConfig secretsConfig;
    @Inject
    BusinessClock clock;

    public SubscriptionView create(SubscriptionRequest request) {
        Caller caller = requireSubscriber();
        RequestBodies.requireValid(validator, request, "callbackUrl and eventTypes");
        Violations errors = new Violations();
        callbacks.refusal(request.callbackUrl().strip()).ifPresent(why -> errors.add("callbackUrl", why));
        List<String> types = request.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            if (!catalogue.knows(types.get(i))) {
                errors.add("eventTypes[" + i + "]", "is not an event type of the platform (GET /api/notifications/event-types)");
            }
        }
        errors.throwIfAny();
        Account owner = Account.of(caller);
        if (Subscription.count("ownerRealm = ?1 and ownerUsername = ?2", owner.realm(), owner.username()) >= MOST_PER_OWNER) {
            throw ProblemException.conflict("An account holds at most " + MOST_PER_OWNER + " subscriptions; delete one first");
        }
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.ownerRealm = owner.realm();
        s.ownerUsername = owner.username();
        s.ownerClient = owner.clientId();
        s.ownerSystem = owner.system();
        s.callbackUrl = request.callbackUrl().strip();
        s.eventTypes = distinct(types);
        SubscriptionRequest.Filter filter = request.filter();
        s.itemCodes = filter == null ? new String[0] : distinct(filter.itemCodes());
        s.districts = filter == null ? new String[0] : distinct(filter.districts());
        s.statuses = filter == null ? new String[0] : distinct(filter.statuses());
        s.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        s.createdAt = clock.now();
        s.persist();
        return view(s, newSecret(s.id, s.createdAt));
    }

    public List<SubscriptionView> mine() {
        Account owner = Account.of(currentCaller.require());
        return Subscription.<Subscription>list("ownerRealm = ?1 and ownerUsername = ?2 order by createdAt, id",
                owner.realm(), owner.username()).stream().map(s -> view(s, null)).toList();
    }

    public SubscriptionView get(String id) {
        return view(requireOwn(id, LockModeType.NONE), null);
    }

    public void delete(String id) {
        requireOwn(id, LockModeType.PESSIMISTIC_WRITE).delete();
    }

    /** A new secret; the ones before it keep signing for the overlap, then stop. */
    public SubscriptionView rotate(String id) {
        Subscription s = requireOwn(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        Instant until = now.plus(secretsConfig.overlap());
        SubscriptionSecret.update("expiresAt = ?1 where subscriptionId = ?2 and (expiresAt is null or expiresAt > ?1)",
                until, s.id);
        return view(s, newSecret(s.id, now));
    }

    /** Sends again to a suspended subscription's callback (what arrived meanwhile: POST …/replay). */
    public SubscriptionView resume(String id) {
        Subscription s = requireOwn(id, LockModeType.PESSIMISTIC_WRITE);
        s.status = Subscription.Status.ACTIVE;
        s.suspendedAt = null;
        s.suspendedReason = null;
        s.failingSince = null;
        return view(s, null);
    }

    /** The caller's own subscription; 404 for any other, and for an id that is not one. */
    public Subscription requireOwn(String id, LockModeType lock) {
        Caller caller = currentCaller.require();
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Subscription");
        }
        Subscription s = Subscription.findById(uuid, lock);
        if (s == null || !s.owner().is(caller)) {
            throw ProblemException.notFound("Subscription");
        }
        return s;
    }

    private Caller requireSubscriber() {
        Caller caller = currentCaller.require();
        if (!Subscribers.maySubscribe(caller)) {
            throw ProblemException.forbidden("Subscriptions are held by external systems, province-admins and "
                    + "cross-province-admins");
        }
        return caller;
    }

    private String newSecret(UUID subscription, Instant now) {
        String secret = secrets.generate();
        SubscriptionSecret row = new SubscriptionSecret();
        row.subscriptionId = subscription;
        row.secret = secrets.seal(secret);
        row.createdAt = now;
        row.persist();
        return secret;
    }

    private static String[] distinct(List<String> values) {
        if (values == null) {
            return new String[0];
        }
        Set<String> set = new LinkedHashSet<>();
        values.forEach(v -> set.add(v.strip()));
        return set.toArray(String[]::new);
    }

    static SubscriptionView view(Subscription s, String secret) {
        return new SubscriptionView(s.id, s.callbackUrl, List.of(s.eventTypes),
                new SubscriptionView.FilterView(List.of(s.itemCodes), List.of(s.districts), List.of(s.statuses)),
                s.description, s.status, s.suspendedAt == null ? null : BusinessDates.at(s.suspendedAt),
                s.suspendedReason, BusinessDates.at(s.createdAt), secret);
    }
}
