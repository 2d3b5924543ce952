package org.chuanyu.commonhandling.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.commonhandling.cases.AssignedSide;
import org.chuanyu.commonhandling.cases.CaseApi;
import org.chuanyu.commonhandling.cases.CaseApi.Assignee;
import org.chuanyu.commonhandling.cases.CaseDesk;
import org.chuanyu.commonhandling.cases.CaseFile;
import org.chuanyu.commonhandling.cases.CaseSide;
import org.chuanyu.commonhandling.cases.CaseTimeline;
import org.chuanyu.commonhandling.cases.CaseViews;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.directory.Account;
import org.chuanyu.jurisdiction.directory.AccountDirectory;
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.web.ETags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a clerk on a side of a case, or nobody (docs/common-handling.md, "Assignment"). Checks in the platform's order:
 * the case visible (404); the caller acting on a side of it (403); the request valid (400); If-Match (428/412); the
 * caller allowed to make this change ({@link AssignmentRules}: 403, or 409 when a clerk would take another's case);
 * the assignee a clerk whose rights cover the side now, as the account directory reports them (400; 503 when Keycloak
 * cannot be asked). Every change is on the case's timeline. A batch is one transaction: all of it, or none.
 */
@ApplicationScoped
@Transactional
public class AssignmentDesk {

    static final String ASSIGNED = "ASSIGN";
    static final String GIVEN_BACK = "UNASSIGN";

    @Inject
    CaseDesk cases;
    @Inject
    CaseViews views;
    @Inject
    CaseTimeline timeline;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Validator validator;
    @Inject
    AccountDirectory directory;
    @Inject
    JointZones jointZones;

    public CaseApi.View assign(String number, AssignmentApi.Change change, String ifMatch) {
        CaseFile c = cases.requireVisible(number);
        Set<CaseSide> sides = requireStaffSide(c);
        RequestBodies.requireValid(validator, change, "a side and an assignee (or null)");
        change(c, sides, change.side(), change.assignee(), ifMatch, "assignee");
        CaseFile.flush();
        return views.view(c);
    }

    public AssignmentApi.Result assignAll(AssignmentApi.Batch batch) {
        RequestBodies.requireValid(validator, batch, "a list of assignments");
        List<CaseFile> changed = new ArrayList<>();
        for (int i = 0; i < batch.assignments().size(); i++) {
            AssignmentApi.Item item = batch.assignments().get(i);
            String at = "assignments[" + i + "]";
            try {
                CaseFile c = cases.requireVisible(item.number());
                Set<CaseSide> sides = requireStaffSide(c);
                change(c, sides, item.side(), item.assignee(),
                        item.version() == null ? ETags.of(c.version) : ETags.of(item.version()), at + ".assignee");
                changed.add(c);
            } catch (ProblemException e) {
                // The whole batch rolls back; the answer says which assignment stopped it.
                throw new ProblemException(e.type(), at + " (" + item.number() + "): " + e.getMessage(), e.errors());
            }
        }
        CaseFile.flush();
        return new AssignmentApi.Result(changed.stream().map(views::view).toList());
    }

    private Set<CaseSide> requireStaffSide(CaseFile c) {
        Set<CaseSide> sides = views.sidesOf(c);
        if (!sides.contains(CaseSide.ACCEPTING) && !sides.contains(CaseSide.HANDLING)) {
            throw ProblemException.forbidden("Cases are assigned by the staff of their accepting or handling side");
        }
        return sides;
    }

    private void change(CaseFile c, Set<CaseSide> sides, AssignedSide assigned, Assignee requested, String ifMatch,
                        String field) {
        CaseSide side = assigned.caseSide();
        if (!sides.contains(side)) {
            throw ProblemException.forbidden("You do not act on the " + assigned.name().toLowerCase() + " side of this case");
        }
        ETags.requireMatch(ifMatch, c.version);
        Caller caller = currentCaller.require();
        Assignee current = c.assignee(side);
        Assignee self = new Assignee(caller.province().realm(), caller.username());
        AssignmentRules.Decision decision = AssignmentRules.decide(caller.has(Role.PROVINCE_ADMIN), self, current, requested,
                c.status.isFinal());
        switch (decision.verdict()) {
            case UNCHANGED -> {
                return;
            }
            case FORBIDDEN -> throw ProblemException.forbidden(decision.reason());
            case TAKEN -> throw ProblemException.conflict(decision.reason());
            case ASK_THE_DIRECTORY -> requireCovers(requested, side == CaseSide.ACCEPTING ? c.acceptingScope()
                    : c.handlingScope(), assigned, field);
            case ALLOWED -> { }
        }
        c.assign(side, requested);
        String comment = assigned.name() + ": " + (requested == null ? "nobody" : requested)
                + (current == null ? "" : " (was " + current + ")");
        timeline.append(c, caller, requested == null ? GIVEN_BACK : ASSIGNED, c.status, c.status, comment);
    }

    /** The assignee is a clerk who could act on the side now: enabled, a district clerk, its scope writing the side's. */
    private void requireCovers(Assignee assignee, RecordScope side, AssignedSide assigned, String field) {
        Optional<Caller> found;
        try {
            found = directory.lookUp(new Account(assignee.realm(), assignee.username(), null, false));
        } catch (AccountDirectory.DirectoryUnavailable e) {
            throw ProblemException.unavailable("Who may be assigned cannot be checked now; try again shortly");
        }
        boolean covers = found.filter(a -> a.has(Role.DISTRICT_CLERK))
                .map(a -> Scope.of(a, jointZones).canWrite(new RecordScope(side.province(), side.district(), side.zone(), null)))
                .orElse(false);
        if (!covers) {
            throw new ProblemException(org.chuanyu.jurisdiction.problem.ProblemType.VALIDATION, "1 field is invalid",
                    List.of(new Problem.FieldViolation(field, assignee + " is not a clerk whose districts cover the "
                            + assigned.name().toLowerCase() + " side (" + side.district() + ")")));
        }
    }
}
