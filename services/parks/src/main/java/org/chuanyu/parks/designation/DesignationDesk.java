package org.chuanyu.parks.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.parks.designation.DesignationViews.Change;
import org.chuanyu.parks.designation.DesignationViews.Designation;
import org.chuanyu.parks.events.ParkEvents;
import org.chuanyu.parks.registry.Park;
import org.chuanyu.parks.registry.ParkRegistry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Adds and removes designations. A park outside any joint zone changes at once; a joint-zone
 * park belongs to both provinces, so its change waits for one approval from each (DualApproval).
 */
@ApplicationScoped
@Transactional
public class DesignationDesk {

    @Inject
    BusinessClock businessClock;

    /** What a request led to: the designation changed now, or a change now awaits approvals. */
    public sealed interface Outcome permits Applied, Pending {
    }

    public record Applied(Designation designation) implements Outcome {
    }

    public record Pending(Change change) implements Outcome {
    }

    @Inject
    ParkRegistry registry;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Validator validator;
    @Inject
    ParkEvents events;
    @Inject
    CurrentScope currentScope;

    public List<Designation> list(String parkCode) {
        Park park = registry.requireVisible(parkCode);
        return ParkDesignation.of(List.of(park.id)).stream().map(Designation::of).toList();
    }

    public Outcome add(String parkCode, Designation request) {
        Park park = registry.requireWritable(parkCode);
        RequestBodies.requireValid(validator, request, "name, year and issuer");
        if (ParkDesignation.count("parkId = ?1 and name = ?2", park.id, request.name()) > 0) {
            throw ProblemException.conflict("The park already holds " + request.name());
        }
        if (park.zone == null) {
            ParkDesignation d = new ParkDesignation();
            d.parkId = park.id;
            d.name = request.name();
            d.batch = request.batch();
            d.year = request.year();
            d.issuer = request.issuer();
            d.persistAndFlush();
            designationsChanged(park);
            return new Applied(Designation.of(d));
        }
        DesignationChange change = propose(park, DesignationChange.Action.ADD, request.name());
        change.batch = request.batch();
        change.year = request.year();
        change.issuer = request.issuer();
        change.persistAndFlush();
        approvalEvent(park, change, null);
        return new Pending(view(change));
    }

    public Outcome remove(String parkCode, long designationId) {
        Park park = registry.requireWritable(parkCode);
        ParkDesignation d = ParkDesignation.<ParkDesignation>find("id = ?1 and parkId = ?2", designationId, park.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Designation"));
        if (park.zone == null) {
            d.delete();
            designationsChanged(park);
            return new Applied(Designation.of(d));
        }
        DesignationChange change = propose(park, DesignationChange.Action.REMOVE, d.name);
        change.persistAndFlush();
        approvalEvent(park, change, null);
        return new Pending(view(change));
    }

    public List<Change> changes(String parkCode) {
        Park park = registry.requireVisible(parkCode);
        return DesignationChange.<DesignationChange>list("parkId = ?1 order by id desc", park.id).stream()
                .map(this::view).toList();
    }

    /** One admin's approval; the second province's approval applies the change. */
    public Change approve(String parkCode, long changeId) {
        Park park = registry.requireWritable(parkCode);
        DesignationChange change = changeOf(park, changeId);
        DualApproval.requireApprover(currentCaller.require());
        requirePending(change);
        Instant now = businessClock.now();
        DualApproval state = ProvinceApproval.dual(change.approvals).approve(currentCaller.require(), now);
        change.approvals.add(ProvinceApproval.newestOf(state));
        if (state.isComplete()) {
            apply(park, change);
            change.status = DesignationChange.Status.APPLIED;
            change.appliedAt = now;
            DesignationChange.flush();
            designationsChanged(park);
            approvalEvent(park, change, "APPROVED");
        }
        DesignationChange.flush();
        return view(change);
    }

    /**
     * One province turns a pending change down, with a reason (the same admins who approve: 403 otherwise); the
     * park's designations stay as they are. 409 once the change is applied or rejected.
     */
    public Change reject(String parkCode, long changeId, DesignationViews.RejectRequest request) {
        Park park = registry.requireWritable(parkCode);
        DesignationChange change = changeOf(park, changeId);
        Caller caller = currentCaller.require();
        DualApproval.requireApprover(caller);
        RequestBodies.requireValid(validator, request, "a reason");
        requirePending(change);
        change.status = DesignationChange.Status.REJECTED;
        change.rejectedBy = caller.username();
        change.rejectedByProvince = caller.province().realm();
        change.rejectedAt = businessClock.now();
        change.rejectionReason = request.reason().strip();
        DesignationChange.flush();
        approvalEvent(park, change, "REJECTED");
        return view(change);
    }

    /**
     * The changes of every park the caller may read, newest first, optionally of one status: the parks' scope
     * predicate here, and the park's read policy again under row-level security.
     */
    public Page<DesignationViews.ParkChange> changesAcrossParks(String status, PageRequest request) {
        ScopePredicate readable = ScopePredicate.reading(currentScope.get(),
                ScopePredicate.Columns.of("p").withoutSubmitter());
        Page<DesignationChange> page = ListQuery.of(DesignationChange.class, "c")
                .and("exists (select 1 from Park p where p.id = c.parkId and " + readable.jpql() + ")", readable.params())
                .and("c.status = :status", "status",
                        QueryParameters.choice("status", status, DesignationChange.Status.class, Enum::name))
                .descending(DesignationChange.getEntityManager(), request, ListQuery.Key.number("c.id", c -> c.id));
        List<Long> parkIds = page.items().stream().map(c -> c.parkId).distinct().toList();
        Map<Long, Park> parks = parkIds.isEmpty() ? Map.of() : Park.<Park>list("id in ?1", parkIds).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return page.map(c -> DesignationViews.ParkChange.of(parks.get(c.parkId).code, parks.get(c.parkId).name, view(c)));
    }

    private static DesignationChange changeOf(Park park, long changeId) {
        return DesignationChange.<DesignationChange>find("id = ?1 and parkId = ?2", changeId, park.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Designation change"));
    }

    private static void requirePending(DesignationChange change) {
        if (change.status != DesignationChange.Status.PENDING) {
            throw ProblemException.conflict("This change was already " + change.status.name().toLowerCase());
        }
    }

    private void designationsChanged(Park park) {
        events.designationChanged(park.code, park.scope(),
                ParkDesignation.of(List.of(park.id)).stream().map(d -> d.name).toList());
    }

    private void approvalEvent(Park park, DesignationChange change, String decision) {
        events.approval("designation-change", park.code + "/designation-changes/" + change.id,
                "/api/parks/" + park.code + "/designation-changes", decision,
                List.of(park.scope()));
    }

    private DesignationChange propose(Park park, DesignationChange.Action action, String name) {
        if (DesignationChange.count("parkId = ?1 and name = ?2 and status = ?3", park.id, name,
                DesignationChange.Status.PENDING) > 0) {
            throw ProblemException.conflict("A change of " + name + " is already awaiting approval");
        }
        Caller caller = currentCaller.require();
        DesignationChange change = new DesignationChange();
        change.parkId = park.id;
        change.action = action;
        change.name = name;
        change.proposedBy = caller.username();
        change.proposedRealm = caller.province().realm();
        // Set here, not by the column's default, so the answer to the proposal carries it (it answered null).
        change.proposedAt = businessClock.now();
        return change;
    }

    private void apply(Park park, DesignationChange change) {
        if (change.action == DesignationChange.Action.ADD) {
            ParkDesignation d = new ParkDesignation();
            d.parkId = park.id;
            d.name = change.name;
            d.batch = change.batch;
            d.year = change.year;
            d.issuer = change.issuer;
            d.persist();
        } else {
            ParkDesignation.delete("parkId = ?1 and name = ?2", park.id, change.name);
        }
    }

    private Change view(DesignationChange c) {
        DualApproval state = ProvinceApproval.dual(c.approvals);
        List<String> awaiting = c.status != DesignationChange.Status.PENDING ? List.of()
                : state.missing().stream().map(Province::realm).sorted().toList();
        DesignationViews.Rejection rejection = c.status != DesignationChange.Status.REJECTED ? null
                : new DesignationViews.Rejection(c.rejectedBy, c.rejectedByProvince, c.rejectedAt, c.rejectionReason);
        return new Change(c.id, c.action, c.name, c.batch, c.year, c.issuer, c.status, c.proposedBy, c.proposedRealm,
                c.proposedAt, state.approvals(), awaiting, c.appliedAt, rejection);
    }
}
