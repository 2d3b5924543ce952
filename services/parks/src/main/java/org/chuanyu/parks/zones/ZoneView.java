package org.chuanyu.parks.zones;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A joint zone as agreed, with its member divisions on a date. */
@Schema(name = "JointZone", description = "A joint zone, its member divisions on asOf, and the agreement in force",
        example = ZoneExamples.ZONE)
public record ZoneView(
        @Schema(example = "gaozhu") String code,
        @Schema(example = "川渝高竹新区") String name,
        @Schema(example = "Gaozhu New Area", nullable = true) String nameEn,
        @Schema(description = "The date membership is shown for") LocalDate asOf,
        @Schema(description = "Provinces taking part (platform configuration)", example = "[\"chongqing\",\"sichuan\"]")
        List<String> provinces,
        @Schema(description = "Member divisions on asOf") List<MemberView> members,
        @Schema(description = "Sum of the members' areas, when every member's area is recorded", nullable = true)
        BigDecimal totalAreaKm2,
        @Schema(description = "Staff seconded by each province", example = "{\"sichuan\":10,\"chongqing\":21}")
        Map<String, Integer> secondedStaff,
        @Schema(nullable = true) ZoneDefinition.RevenueSharing revenueSharing,
        List<ZoneDefinition.ApprovalDocument> documents,
        @Schema(description = "Id of the change awaiting approval, if any", nullable = true) Long pendingChange,
        @Schema(description = "Version; the ETag to send in If-Match when proposing a change") long version) {

    /** A member division on the date asked for. */
    @Schema(name = "JointZoneMember")
    public record MemberView(
            @Schema(example = "511623") String division,
            @Schema(example = "sichuan") String province,
            @Schema(description = "The division's name on asOf; absent if the code was not valid then",
                    example = "邻水县", nullable = true) String name,
            @Schema(example = "Linshui County", nullable = true) String nameEn,
            @Schema(description = "Area contributed, km²", nullable = true, example = "138.00") BigDecimal areaKm2,
            @Schema(description = "Share of the zone's area, percent (when every area is recorded)", nullable = true,
                    example = "52.67") BigDecimal areaSharePercent,
            @Schema(example = "[\"高滩镇\",\"坛同镇\"]") List<String> towns,
            @Schema(description = "First day of this membership") LocalDate memberFrom,
            @Schema(description = "First day it no longer applies, if scheduled", nullable = true) LocalDate memberUntil) {
    }
}
