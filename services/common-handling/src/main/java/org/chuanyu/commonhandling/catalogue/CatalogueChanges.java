package org.chuanyu.commonhandling.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Two-province control of the common catalogue: a new item or a new version of one is proposed,
 * both provinces see it while it waits, and it enters the catalogue only when an admin of each
 * province has approved it ({@link DualApproval}: two approvals from one province never count
 * twice). Proposing is not approving. Either province may reject it instead. One version per item
 * waits at a time.
 *
 * <p>Order of checks, as everywhere: the item exists (404; the catalogue is readable by every
 * caller, so that is the only visibility rule), the caller administers reference data (403), the
 * body is valid (400), If-Match is current (428/412), then conflicts (409). Writers lock the item's
 * row, so its revision (the ETag) and the version numbers move one writer at a time.
 */
@ApplicationScoped
public class CatalogueChanges {

    @Inject
    BusinessClock businessClock;

    @Inject
    DraftRules rules;
    @Inject
    Validator validator;

    /** Proposes a new item as its first version. 409 when the code is taken. */
    @Transactional
    public Versioned<ItemVersionView> proposeItem(Caller caller, ItemDraft draft) {
        AccessRules.requireReferenceDataAdmin(caller);
        requireBody(draft, "the item's first version");
        LocalDate today = businessClock.today();
        Violations violations = new Violations();
        if (draft.code() == null || draft.code().isBlank()) {
            violations.add("code", "must not be blank");
        } else if (!ItemCodes.isWellFormed(draft.code())) {
            violations.add("code", ItemCodes.SLUG_MESSAGE + " (at most " + ItemCodes.MAX_LENGTH + " characters)");
        } else if (ItemCodes.RESERVED.equals(draft.code())) {
            violations.add("code", "is reserved: GET /api/common-handling/items/" + ItemCodes.RESERVED + " lists versions");
        }
        rules.check(draft, today, violations);
        violations.throwIfAny();
        if (CatalogueItem.findByIdOptional(draft.code()).isPresent()) {
            throw ProblemException.conflict("Item " + draft.code() + " is in the catalogue already; propose a new "
                    + "version at /api/common-handling/items/" + draft.code() + "/versions");
        }
        CatalogueItem item = new CatalogueItem();
        item.code = draft.code();
        item.createdAt = businessClock.now();
        item.revision = 1;
        item.persist();
        return new Versioned<>(ItemVersionView.of(persistProposal(caller, item, 1, draft, today)), item.revision);
    }

    /**
     * Proposes the next version of an item. 400 also when it would take effect before the version
     * already approved; 409 while another version waits.
     */
    @Transactional
    public Versioned<ItemVersionView> proposeVersion(Caller caller, String code, String ifMatch, ItemDraft draft) {
        CatalogueItem item = lockedItem(code);
        AccessRules.requireReferenceDataAdmin(caller);
        requireBody(draft, "the item's next version");
        LocalDate today = businessClock.today();
        Violations violations = new Violations();
        if (draft.code() != null && !draft.code().equals(code)) {
            violations.add("code", "must be left out or equal " + code + ", the item in the path");
        }
        rules.check(draft, today, violations);
        Optional<ItemVersion> latest = ItemVersion.<ItemVersion>find(
                "item = ?1 and status = ?2 order by effectiveFrom desc, number desc", code, VersionStatus.APPROVED)
                .firstResultOptional();
        LocalDate effective = draft.effectiveFrom() != null ? draft.effectiveFrom() : today;
        if (latest.isPresent() && effective.isBefore(latest.get().effectiveFrom)) {
            violations.add("effectiveFrom", "must be on or after " + latest.get().effectiveFrom + ", when version "
                    + latest.get().number + " takes effect");
        }
        violations.throwIfAny();
        ETags.requireMatch(ifMatch, item.revision);
        ItemVersion.<ItemVersion>find("item = ?1 and status = ?2", code, VersionStatus.PENDING).firstResultOptional()
                .ifPresent(waiting -> {
                    throw ProblemException.conflict("Version " + waiting.number + " of " + code + " is still waiting "
                            + "for approval; it must be approved or rejected first");
                });
        int number = (int) ItemVersion.count("item", code) + 1;
        item.revision++;
        return new Versioned<>(ItemVersionView.of(persistProposal(caller, item, number, draft, today)), item.revision);
    }

    /**
     * Adds the approval of the caller's province; the second province's approval puts the version
     * in the catalogue from its effective date (or today, if that date has passed meanwhile).
     */
    @Transactional
    public Versioned<ItemVersionView> approve(Caller caller, String code, int number) {
        CatalogueItem item = lockedItem(code);
        ItemVersion version = versionOf(code, number);
        AccessRules.requireReferenceDataAdmin(caller);
        requirePending(version);
        Instant now = businessClock.now();
        DualApproval approvals = version.dualApproval().approve(caller, now);
        version.approvals.add(ProvinceApproval.newestOf(approvals));
        if (approvals.isComplete()) {
            LocalDate today = businessClock.today();
            if (version.effectiveFrom.isBefore(today)) {
                version.effectiveFrom = today;
            }
            version.status = VersionStatus.APPROVED;
            version.decidedAt = now;
        }
        item.revision++;
        return new Versioned<>(ItemVersionView.of(version), item.revision);
    }

    /** Turns a waiting version down, with a reason; the catalogue stays as it is. */
    @Transactional
    public Versioned<ItemVersionView> reject(Caller caller, String code, int number, RejectVersionRequest request) {
        CatalogueItem item = lockedItem(code);
        ItemVersion version = versionOf(code, number);
        AccessRules.requireReferenceDataAdmin(caller);
        new Violations().addAll("", validator.validate(request)).throwIfAny();
        requirePending(version);
        version.status = VersionStatus.REJECTED;
        version.decidedAt = businessClock.now();
        version.rejectedBy = caller.username();
        version.rejectedByProvince = caller.province().realm();
        version.rejectionReason = request.reason().strip();
        item.revision++;
        return new Versioned<>(ItemVersionView.of(version), item.revision);
    }

    private ItemVersion persistProposal(Caller caller, CatalogueItem item, int number, ItemDraft draft, LocalDate today) {
        ItemVersion v = new ItemVersion();
        v.item = item.code;
        v.number = number;
        v.name = draft.name().strip();
        v.nameEn = draft.nameEn().strip();
        v.batch = draft.batch();
        v.goLiveOn = draft.goLiveOn();
        v.mode = DraftRules.mode(draft).orElseThrow();
        v.acceptanceWorkingDays = draft.acceptanceWorkingDays();
        v.decisionWorkingDays = draft.decisionWorkingDays();
        StepLimits steps = draft.stepLimits();
        v.intakeLimitDays = steps == null ? null : steps.intake();
        v.decisionLimitDays = steps == null ? null : steps.decision();
        v.deliveryLimitDays = steps == null ? null : steps.delivery();
        v.departmentSichuan = draft.departments().sichuan().strip();
        v.departmentChongqing = draft.departments().chongqing().strip();
        v.effectiveFrom = draft.effectiveFrom() != null ? draft.effectiveFrom() : today;
        v.status = VersionStatus.PENDING;
        v.reason = draft.reason() == null || draft.reason().isBlank() ? null : draft.reason().strip();
        v.proposedBy = caller.username();
        v.proposedByProvince = caller.province().realm();
        v.proposedAt = businessClock.now();
        draft.materials().forEach(m -> v.materials.add(ItemVersion.Material.of(m)));
        v.persist();
        return v;
    }

    private static CatalogueItem lockedItem(String code) {
        CatalogueItem item = CatalogueItem.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ProblemException.notFound("Item " + code);
        }
        return item;
    }

    private static ItemVersion versionOf(String code, int number) {
        return ItemVersion.<ItemVersion>find("item = ?1 and number = ?2", code, number).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Version " + number + " of item " + code));
    }

    private static void requireBody(ItemDraft draft, String expected) {
        if (draft == null) {
            throw ProblemException.invalid("request", "a JSON body is required: " + expected);
        }
    }

    private static void requirePending(ItemVersion version) {
        if (version.status != VersionStatus.PENDING) {
            throw ProblemException.conflict("Version " + version.number + " of " + version.item + " is already "
                    + version.status.name());
        }
    }
}
