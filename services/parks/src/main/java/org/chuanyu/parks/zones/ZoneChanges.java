package org.chuanyu.parks.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.parks.events.ParkEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Two-province control of joint zones: a change (or a new zone) is proposed as the zone's whole
 * definition, both provinces see it while it waits, and it is applied only when an admin of each
 * province has approved it ({@link DualApproval}: two approvals from one province never count twice).
 * Proposing is not approving. Either province may reject it instead. One change per zone waits at a time.
 */
@ApplicationScoped
public class ZoneChanges {

    @Inject
    BusinessClock businessClock;

    @Inject
    ZoneRegistry zones;
    @Inject
    ZoneParticipants participants;
    @Inject
    ZoneSigners signers;
    @Inject
    ZoneDefinitionRules rules;
    @Inject
    Validator validator;
    @Inject
    EntityManager em;
    @Inject
    ParkEvents events;

    /** Changes, newest first: of one zone, or of every zone when {@code zone} is null. */
    @Transactional
    public Page<ZoneChangeView> list(String zone, ZoneChangeStatus status, PageRequest request) {
        if (zone != null) {
            requireKnown(zone);
        }
        return ListQuery.of(ZoneChange.class, "c")
                .and("c.zone = :zone", "zone", zone)
                .and("c.status = :status", "status", status)
                .descending(em, request, ListQuery.Key.number("c.id", c -> c.id))
                .map(this::view);
    }

    @Transactional
    public ZoneChangeView get(String zone, long id) {
        return view(find(zone, id, LockModeType.NONE));
    }

    /**
     * Proposes the zone's new definition (or a new zone). 400 for a zone code the platform
     * configuration does not know; 403 unless the caller may sign for the zone; 400 for an invalid
     * definition; 428/412 without the zone's current ETag; 409 while another change waits.
     */
    @Transactional
    public ZoneChangeView propose(Caller caller, String code, String ifMatch, ProposeZoneChangeRequest request) {
        JointZone zone = JointZone.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (zone == null && !participants.isAgreed(code)) {
            throw ProblemException.invalid("code", "is not a joint zone agreed in the platform configuration "
                    + "(jurisdiction.joint-zones)");
        }
        signers.requireMaySign(caller, code);

        LocalDate today = businessClock.today();
        Violations violations = new Violations().addAll("", validator.validate(request));
        if (request.zone() != null) {
            LocalDate effective = request.effectiveOn() != null ? request.effectiveOn() : today;
            rules.check(code, request.zone(), effective, "zone", violations);
            LocalDate latest = zone == null ? null : zones.latestMembershipChange(code);
            if (effective.isBefore(today)) {
                violations.add("effectiveOn", "must not be before today (" + today + "): membership is not backdated");
            } else if (latest != null && effective.isBefore(latest)) {
                violations.add("effectiveOn", "must be on or after " + latest
                        + ", when the zone's last approved membership change takes effect");
            }
        }
        violations.throwIfAny();
        if (zone != null) {
            ETags.requireMatch(ifMatch, zone.version);
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw ProblemException.preconditionFailed("Joint zone " + code + " is not recorded yet; propose it without If-Match");
        }
        ZoneChange.<ZoneChange>find("zone = ?1 and status = ?2", code, ZoneChangeStatus.PENDING).firstResultOptional()
                .ifPresent(waiting -> {
                    throw ProblemException.conflict("Change " + waiting.id + " of " + code
                            + " is still waiting for approval; it must be applied or rejected first");
                });

        ZoneChange proposal = new ZoneChange();
        proposal.zone = code;
        proposal.kind = zone == null ? ZoneChangeKind.CREATE : ZoneChangeKind.CHANGE;
        proposal.proposed = request.zone();
        proposal.previous = zone == null ? null : zones.definitionOf(zone);
        proposal.baseVersion = zone == null ? null : zone.version;
        proposal.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        proposal.effectiveOn = request.effectiveOn();
        proposal.status = ZoneChangeStatus.PENDING;
        proposal.proposedBy = caller.username();
        proposal.proposedByProvince = caller.province().realm();
        proposal.proposedAt = businessClock.now();
        proposal.persist();
        em.flush(); // the id, for the event
        decisionEvent(proposal, null);
        return view(proposal);
    }

    /** Proposes a zone that is not recorded yet: 400 for a bad code, 409 when it is recorded already. */
    @Transactional
    public ZoneChangeView proposeNew(Caller caller, ProposeNewZoneRequest request) {
        Violations violations = new Violations();
        if (request.code() == null || !request.code().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            violations.add("code", "must be a lower-case slug such as suitong");
        }
        violations.throwIfAny();
        if (JointZone.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("Joint zone " + request.code() + " is recorded already; propose a change at "
                    + "/api/zones/" + request.code() + "/changes");
        }
        return propose(caller, request.code(), null,
                new ProposeZoneChangeRequest(request.zone(), request.reason(), request.effectiveOn()));
    }

    /**
     * Adds the caller's province's approval; the second province's approval puts the proposal in
     * force. 404 for a change not of this zone; 403 unless the caller may sign; 409 when decided,
     * when the caller's province already approved, or when the definition no longer fits the registry.
     */
    @Transactional
    public ZoneChangeView approve(Caller caller, String code, long id) {
        ZoneChange proposal = find(code, id, LockModeType.PESSIMISTIC_WRITE);
        signers.requireMaySign(caller, code);
        requirePending(proposal);
        Instant now = businessClock.now();
        DualApproval approvals = proposal.dualApproval().approve(caller, now);
        proposal.approvals.add(ProvinceApproval.newestOf(approvals));
        if (approvals.isComplete()) {
            putInForce(proposal, now);
            decisionEvent(proposal, "APPROVED");
        }
        return view(proposal);
    }

    @Transactional
    public ZoneChangeView reject(Caller caller, String code, long id, RejectZoneChangeRequest request) {
        ZoneChange proposal = find(code, id, LockModeType.PESSIMISTIC_WRITE);
        signers.requireMaySign(caller, code);
        new Violations().addAll("", validator.validate(request)).throwIfAny();
        requirePending(proposal);
        proposal.status = ZoneChangeStatus.REJECTED;
        proposal.decidedAt = businessClock.now();
        proposal.rejectedBy = caller.username();
        proposal.rejectedByProvince = caller.province().realm();
        proposal.rejectionReason = request.reason().strip();
        decisionEvent(proposal, "REJECTED");
        return view(proposal);
    }

    private void putInForce(ZoneChange proposal, Instant now) {
        LocalDate today = businessClock.today();
        LocalDate effective = proposal.effectiveOn != null && proposal.effectiveOn.isAfter(today) ? proposal.effectiveOn : today;
        ZoneDefinition definition = proposal.proposed;
        Violations stale = new Violations();
        rules.check(proposal.zone, definition, effective, "proposed", stale);
        if (!stale.isEmpty()) {
            try {
                stale.throwIfAny();
            } catch (ProblemException e) {
                throw new ProblemException(ProblemType.CONFLICT, "The change no longer fits the registry on "
                        + effective + "; reject it and propose again", e.toProblem().errors());
            }
        }
        JointZone zone = JointZone.findById(proposal.zone, LockModeType.PESSIMISTIC_WRITE);
        if (proposal.kind == ZoneChangeKind.CREATE) {
            if (zone != null) {
                throw ProblemException.conflict("Joint zone " + proposal.zone + " was recorded meanwhile; reject this change");
            }
            zone = new JointZone();
            zone.code = proposal.zone;
            zones.apply(zone, definition, effective);
        } else {
            if (zone == null || zone.version != proposal.baseVersion) {
                throw ProblemException.conflict("Joint zone " + proposal.zone + " changed since this change was proposed; "
                        + "reject it and propose again");
            }
            LocalDate latest = zones.latestMembershipChange(zone.code);
            if (latest != null && effective.isBefore(latest)) {
                throw ProblemException.conflict("A membership change effective on " + latest + " is already scheduled");
            }
            zones.apply(zone, definition, effective);
            JointZone.getEntityManager().lock(zone, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        proposal.status = ZoneChangeStatus.APPLIED;
        proposal.decidedAt = now;
        proposal.tookEffectOn = effective;
        Set<String> before = divisions(proposal.previous);
        Set<String> after = divisions(definition);
        if (!before.equals(after)) {
            events.zoneMembersChanged(proposal.zone, before, after, effective, scopes(proposal));
        }
    }

    private void decisionEvent(ZoneChange proposal, String decision) {
        events.approval("zone-change", proposal.zone + "/changes/" + proposal.id,
                "/api/zones/" + proposal.zone + "/changes/" + proposal.id, decision, scopes(proposal));
    }

    /** The zone's scopes before and after the change: each member division, in the zone. */
    private List<RecordScope> scopes(ZoneChange proposal) {
        Set<String> divisions = new LinkedHashSet<>(divisions(proposal.previous));
        divisions.addAll(divisions(proposal.proposed));
        return divisions.stream().flatMap(d -> Province.ofDivision(d).stream()
                .map(p -> RecordScope.of(p, d, proposal.zone))).toList();
    }

    private static Set<String> divisions(ZoneDefinition definition) {
        Set<String> divisions = new LinkedHashSet<>();
        Stream.ofNullable(definition).flatMap(d -> d.membersOrEmpty().stream())
                .forEach(m -> divisions.add(m.division()));
        return divisions;
    }

    private ZoneChange find(String zone, long id, LockModeType lock) {
        ZoneChange proposal = ZoneChange.findById(id, lock);
        if (proposal == null || !proposal.zone.equals(zone)) {
            throw ProblemException.notFound("Change " + id + " of joint zone " + zone);
        }
        return proposal;
    }

    private void requireKnown(String zone) {
        if (JointZone.findByIdOptional(zone).isEmpty() && !participants.isAgreed(zone)) {
            throw ProblemException.notFound("Joint zone " + zone);
        }
    }

    private static void requirePending(ZoneChange proposal) {
        if (proposal.status != ZoneChangeStatus.PENDING) {
            throw ProblemException.conflict("Change " + proposal.id + " is already " + proposal.status.name());
        }
    }

    private ZoneChangeView view(ZoneChange p) {
        List<String> awaiting = p.status != ZoneChangeStatus.PENDING ? List.of()
                : p.dualApproval().missing().stream().map(Province::realm).sorted().toList();
        ZoneChangeView.Rejection rejection = p.status != ZoneChangeStatus.REJECTED ? null
                : new ZoneChangeView.Rejection(p.rejectedBy, p.rejectedByProvince, p.rejectionReason);
        return new ZoneChangeView(p.id, p.zone, p.kind, p.status, p.reason, p.effectiveOn, p.proposed,
                p.previous, p.proposedBy, p.proposedByProvince, p.proposedAt,
                p.approvals.stream().map(a -> new ZoneChangeView.ApprovalView(a.province, a.approver, a.approvedAt)).toList(),
                awaiting, p.decidedAt, p.tookEffectOn, rejection);
    }
}
