package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.privacy.PersonalDataAccessLog;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.identifiers.ContactDetails;
import org.chuanyu.jurisdiction.identifiers.ResidentIdNumber;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.time.BusinessClock;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case as its caller may see it, in one place for the single case and for the lists: the sides the caller acts
 * in, the actions those allow, and the identifiers, in full only where the caller is a side and the answer is a
 * single case (every such answer is on record), masked everywhere else.
 */
@ApplicationScoped
public class CaseViews {

    @Inject
    CurrentCaller currentCaller;
    @Inject
    CurrentScope currentScope;
    @Inject
    PersonalDataAccessLog accessLog;
    @Inject
    CaseClock clock;
    @Inject
    BusinessClock businessClock;
    @Inject
    CaseWorkingDays workingDays;

    /** In which capacities the caller may act on the case. */
    public Set<CaseSide> sidesOf(CaseFile c) {
        Caller caller = currentCaller.require();
        Scope scope = currentScope.get();
        Set<CaseSide> sides = EnumSet.noneOf(CaseSide.class);
        if (caller.has(Role.EXTERNAL_SYSTEM)) {
            if (caller.clientId().equals(c.submitter) && scope.canWrite(c.acceptingScope())) {
                sides.add(CaseSide.SUBMITTER);
            }
            return sides;
        }
        // Separation of duties: a cross-province-admin reads every case but acts on none.
        if (caller.roles().equals(EnumSet.of(Role.CROSS_PROVINCE_ADMIN))) {
            return sides;
        }
        if (scope.canWrite(c.acceptingScope())) {
            sides.add(CaseSide.ACCEPTING);
        }
        if (scope.canWrite(c.handlingScope())) {
            sides.add(CaseSide.HANDLING);
        }
        return sides;
    }

    public CaseApi.View view(CaseFile c) {
        return view(c, true);
    }

    /**
     * The case as the caller may see it. Identifiers are in full only for the case's sides, and only when
     * {@code identifiersMayShow} (lists never show them); every answer that shows them is on record.
     */
    CaseApi.View view(CaseFile c, boolean identifiersMayShow) {
        Set<CaseSide> sides = sidesOf(c);
        boolean fullIdentifiers = identifiersMayShow && !sides.isEmpty();
        String id = fullIdentifiers ? c.applicantId : ResidentIdNumber.mask(c.applicantId);
        String contact = fullIdentifiers ? c.applicantContact : ContactDetails.masked(c.applicantContact);
        if (fullIdentifiers) {
            List<String> shown = new java.util.ArrayList<>();
            if (c.applicantId != null) {
                shown.add(PersonalDataAccessLog.ID_NUMBER);
            }
            if (c.applicantContact != null && !c.applicantContact.isBlank()) {
                shown.add(PersonalDataAccessLog.CONTACT);
            }
            accessLog.record(currentCaller.require(), c.id, c.number, c.acceptingProvince, c.handlingProvince, shown);
        }
        return new CaseApi.View(c.number, c.itemCode, c.itemVersion,
                new CaseApi.ApplicantView(c.applicantKind, c.applicantName, id, contact),
                new CaseApi.ScopeView(c.acceptingProvince, c.acceptingDistrict, c.acceptingZone, c.acceptingWindow),
                new CaseApi.ScopeView(c.handlingProvince, c.handlingDistrict, c.handlingZone, c.handlingDepartment),
                c.channel, c.submitter, c.status, c.acceptanceDue, c.decisionDue, c.deliveryDue, c.deadlineProvisional,
                c.overdue,
                c.nextDue == null ? null : clock.workingDaysLeft(c.nextDue, businessClock.today()),
                c.materials == null ? List.of() : List.copyOf(c.materials),
                CaseLifecycle.allowed(c.status, sides, c.crossDistrict()),
                currentCaller.require().isSystem() ? null : new CaseApi.Assignees(c.assignee(CaseSide.ACCEPTING),
                        c.assignee(CaseSide.HANDLING)),
                c.supervisionLevel == null ? null : new CaseApi.Supervision(
                        SupervisionRules.Level.valueOf(c.supervisionLevel), CaseSupervision.Step.valueOf(c.supervisionStep),
                        CaseSide.valueOf(c.supervisionSide), c.supervisionStepDue, c.supervisionReason),
                identifiersMayShow ? CaseWorkingDays.view(workingDays.of(c)) : null,
                c.version);
    }
}
