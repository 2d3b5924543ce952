package org.chuanyu.commonhandling.catalogue;

import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A version of a catalogue item as the API shows it and as the cases read it through
 * {@link ItemCatalogue}: the item's content (names, mode, time limits, materials, departments),
 * from when it is in force, and where it stands in the two-province approval.
 */
@Schema(name = "ItemVersion", description = "One version of a catalogue item; in force from effectiveFrom once "
        + "approved by both provinces", example = ItemExamples.VERSION)
public record ItemVersionView(
        @Schema(description = "The item's code", example = "qiye-zhusuo-biangeng") String code,
        @Schema(description = "Version number, 1 for the item's first version", example = "1") int number,
        VersionStatus status,
        @Schema(example = "企业住所变更登记") String name,
        @Schema(example = "Enterprise address change registration") String nameEn,
        @Schema(description = "Batch in which the item was published", example = "1") int batch,
        @Schema(description = "When the item first went live in both provinces", example = "2020-10-01") LocalDate goLiveOn,
        HandlingMode mode,
        @Schema(description = "Statutory time limit for accepting a case, in working days", example = "1")
        int acceptanceWorkingDays,
        @Schema(description = "Statutory time limit for deciding an accepted case, in working days", example = "3")
        int decisionWorkingDays,
        @Schema(description = "Promised limits of the steps; a null one is the statutory limit") StepLimits stepLimits,
        @Schema(description = "Materials in the order they are asked for") List<RequiredMaterial> materials,
        CompetentDepartments departments,
        @Schema(description = "First day (Asia/Shanghai) the version is in force once approved", example = "2020-10-01")
        LocalDate effectiveFrom,
        @Schema(description = "Why the version was proposed", nullable = true) String reason,
        @Schema(description = "Who proposed it (\"seed\" for the published batches)") String proposedBy,
        @Schema(description = "The proposer's province; absent for seeded versions", nullable = true, example = "sichuan")
        String proposedByProvince,
        OffsetDateTime proposedAt,
        @Schema(description = "One approval per province, in the order given") List<ApprovalView> approvals,
        @Schema(description = "Provinces whose approval is still needed (pending versions only)", example = "[\"chongqing\"]")
        List<String> awaiting,
        @Schema(description = "When the second approval or the rejection arrived", nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true) Rejection rejection) {

    /** True when the version is approved and in force on that date, unless a later approved version supersedes it. */
    public boolean effectiveOn(LocalDate date) {
        return status == VersionStatus.APPROVED && !effectiveFrom.isAfter(date);
    }

    /** The department competent for the item in a province. */
    public String departmentIn(Province province) {
        return departments.in(province);
    }

    @Schema(name = "ItemVersionApproval")
    public record ApprovalView(@Schema(example = "sichuan") String province,
                               @Schema(example = "sc-admin") String approver,
                               OffsetDateTime approvedAt) {
    }

    @Schema(name = "ItemVersionRejection")
    public record Rejection(@Schema(example = "cq-admin") String by, @Schema(example = "chongqing") String province,
                            String reason) {
    }

    static ItemVersionView of(ItemVersion v) {
        List<String> awaiting = v.status != VersionStatus.PENDING ? List.of()
                : v.dualApproval().missing().stream().map(Province::realm).sorted().toList();
        Rejection rejection = v.status != VersionStatus.REJECTED ? null
                : new Rejection(v.rejectedBy, v.rejectedByProvince, v.rejectionReason);
        return new ItemVersionView(v.item, v.number, v.status, v.name, v.nameEn, v.batch, v.goLiveOn, v.mode,
                v.acceptanceWorkingDays, v.decisionWorkingDays,
                new StepLimits(v.intakeLimitDays, v.decisionLimitDays, v.deliveryLimitDays),
                v.materials.stream().map(m -> new RequiredMaterial(m.code, m.name, m.mandatory)).toList(),
                new CompetentDepartments(v.departmentSichuan, v.departmentChongqing),
                v.effectiveFrom, v.reason, v.proposedBy, v.proposedByProvince, BusinessDates.at(v.proposedAt),
                v.approvals.stream().map(a -> new ApprovalView(a.province, a.approver, BusinessDates.at(a.approvedAt))).toList(),
                awaiting, BusinessDates.at(v.decidedAt), rejection);
    }
}
