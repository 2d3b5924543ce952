package org.chuanyu.parks.designation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The designation API's request and response shapes. */
public final class DesignationViews {

    /** Rongchang High-tech Zone (in the joint zone rongchang-longchang) gaining a designation; Chongqing approved. */
    private static final String CHANGE_FIELDS = "\"id\":4,\"action\":\"ADD\",\"name\":\"产业合作示范园区\",\"batch\":1,\"year\":2020,"
            + "\"issuer\":\"四川省人民政府、重庆市人民政府\",\"status\":\"PENDING\",\"proposedBy\":\"rongchang-clerk\","
            + "\"proposedRealm\":\"chongqing\",\"proposedAt\":\"2026-11-09T02:10:00Z\","
            + "\"approvals\":[{\"province\":\"CHONGQING\",\"approver\":\"cq-admin\",\"at\":\"2026-11-09T06:45:00Z\"}],"
            + "\"awaiting\":[\"sichuan\"],\"appliedAt\":null,\"rejection\":null}";
    static final String CHANGE_EXAMPLE = "{" + CHANGE_FIELDS;

    /** The same change in the list across parks, with its park. */
    static final String PARK_CHANGE_EXAMPLE = "{\"parkCode\":\"rongchang-hightech\",\"parkName\":\"荣昌高新技术产业开发区\","
            + CHANGE_FIELDS;

    private DesignationViews() {
    }

    @Schema(name = "Designation", description = "A designation a park holds",
            example = "{\"name\":\"产业合作示范园区\",\"batch\":1,\"year\":2020,\"issuer\":\"四川省人民政府、重庆市人民政府\"}")
    public record Designation(
            @Schema(readOnly = true) Long id,
            @Schema(description = "Name of the designation") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Batch number, if the designation came in batches", nullable = true) @Positive Integer batch,
            @Schema(description = "Year granted") @NotNull @Min(1980) @Max(2100) Integer year,
            @Schema(description = "Who granted it") @NotBlank @Size(max = 200) String issuer) {

        static Designation of(ParkDesignation d) {
            return new Designation(d.id, d.name, d.batch, d.year, d.issuer);
        }
    }

    @Schema(name = "DesignationChange", description = "A change of a joint-zone park's designations; it takes "
            + "effect once one admin of each province has approved", example = CHANGE_EXAMPLE)
    public record Change(Long id, DesignationChange.Action action, String name,
                         @Schema(description = "Batch number, if any", nullable = true) Integer batch,
                         @Schema(description = "Year granted (null for a removal that names only the designation)", nullable = true) Integer year,
                         @Schema(description = "Who granted it", nullable = true) String issuer, DesignationChange.Status status, String proposedBy, String proposedRealm,
                         Instant proposedAt, List<DualApproval.Approval> approvals,
                         @Schema(description = "Provinces whose approval is still missing") List<String> awaiting,
                         @Schema(description = "When both approvals applied it; null while pending", nullable = true) Instant appliedAt,
                         @Schema(description = "Who turned it down; null unless REJECTED", nullable = true) Rejection rejection) {
    }

    @Schema(name = "DesignationChangeRejection", description = "One province's rejection of a designation change")
    public record Rejection(@Schema(example = "sc-admin") String by, @Schema(example = "sichuan") String province,
                            Instant at, @Schema(description = "Why") String reason) {
    }

    @Schema(name = "RejectDesignationChange", example = "{\"reason\":\"该称号须经两地联合评审后再行认定\"}")
    public record RejectRequest(@NotBlank @Size(max = 2000) @Schema(description = "Why, 1 to 2,000 characters") String reason) {
    }

    @Schema(name = "ParkDesignationChange", description = "A designation change with its park, as the list across "
            + "parks shows it", example = PARK_CHANGE_EXAMPLE)
    public record ParkChange(@Schema(example = "rongchang-hightech") String parkCode,
                             @Schema(example = "荣昌高新技术产业开发区") String parkName,
                             Long id, DesignationChange.Action action, String name,
                             @Schema(nullable = true) Integer batch, @Schema(nullable = true) Integer year,
                             @Schema(nullable = true) String issuer, DesignationChange.Status status, String proposedBy,
                             String proposedRealm, Instant proposedAt, List<DualApproval.Approval> approvals,
                             @Schema(description = "Provinces whose approval is still missing (pending changes only)")
                             List<String> awaiting,
                             @Schema(nullable = true) Instant appliedAt,
                             @Schema(nullable = true) Rejection rejection) {

        static ParkChange of(String parkCode, String parkName, Change c) {
            return new ParkChange(parkCode, parkName, c.id(), c.action(), c.name(), c.batch(), c.year(), c.issuer(),
                    c.status(), c.proposedBy(), c.proposedRealm(), c.proposedAt(), c.approvals(), c.awaiting(),
                    c.appliedAt(), c.rejection());
        }
    }
}
