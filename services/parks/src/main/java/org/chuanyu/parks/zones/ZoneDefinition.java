package org.chuanyu.parks.zones;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chuanyu.parks.divisions.DivisionCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A joint zone as a change defines it: the whole agreement, not a patch, so that both provinces
 * approve exactly what will be in force. Provinces are named by realm ({@code sichuan}, {@code chongqing}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ZoneDefinition", description = "A joint zone as both provinces agree it", example = ZoneDefinition.EXAMPLE)
public record ZoneDefinition(
        @NotBlank @Size(max = 200) @Schema(description = "Chinese name", example = "川渝高竹新区") String name,
        @Size(max = 300) @Schema(description = "English name", example = "Gaozhu New Area") String nameEn,
        @NotEmpty @Size(max = 100)
        @Schema(description = "Member divisions of both provinces, with the area each contributes")
        List<@Valid Member> members,
        @Schema(description = "Staff each province seconds to the zone's administration, by province",
                example = "{\"sichuan\":10,\"chongqing\":21}", maxProperties = 2)
        @Size(max = 2) Map<String, @NotNull @Min(0) @Max(100_000) Integer> secondedStaff,
        @Valid @Schema(description = "How revenue is shared; absent while not agreed") RevenueSharing revenueSharing,
        @Size(max = 50) @Schema(description = "Approval documents, in order") List<@NotNull @Valid ApprovalDocument> documents) {

    static final String EXAMPLE = "{\"name\":\"川渝高竹新区\",\"nameEn\":\"Gaozhu New Area\","
            + "\"members\":[{\"division\":\"511623\",\"areaKm2\":138,\"towns\":[\"高滩镇\",\"坛同镇\"]},"
            + "{\"division\":\"500112\",\"areaKm2\":124,\"towns\":[\"茨竹镇\",\"大湾镇\"]}],"
            + "\"secondedStaff\":{\"sichuan\":10,\"chongqing\":21},"
            + "\"revenueSharing\":{\"existingRevenue\":\"ORIGINAL_JURISDICTION\","
            + "\"newRevenueSharePercent\":{\"sichuan\":50,\"chongqing\":50}},"
            + "\"documents\":[{\"title\":\"川渝高竹新区总体方案\",\"number\":\"渝发改合作〔2020〕2051号\","
            + "\"issuer\":\"重庆市发展和改革委员会、四川省发展和改革委员会\",\"issuedOn\":\"2020-12-31\"}]}";

    public List<Member> membersOrEmpty() {
        return members == null ? List.of() : members;
    }

    public Map<String, Integer> secondedStaffOrEmpty() {
        return secondedStaff == null ? Map.of() : secondedStaff;
    }

    public List<ApprovalDocument> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }

    /** A member division: a prefecture or county of a province taking part in the zone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ZoneMemberDefinition")
    public record Member(
            @NotNull @Size(max = 6) @Pattern(regexp = DivisionCodes.PATTERN, message = DivisionCodes.MESSAGE)
            @Schema(description = "GB/T 2260 code of a prefecture or county", example = "511623") String division,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2)
            @Schema(description = "Area it contributes, km²", example = "138") BigDecimal areaKm2,
            @Size(max = 50) @Schema(description = "Towns (part of whose territory) it contributes",
                    example = "[\"高滩镇\",\"坛同镇\"]") List<@NotBlank @Size(max = 50) String> towns) {

        public List<String> townsOrEmpty() {
            return towns == null ? List.of() : towns;
        }
    }

    /** The revenue-sharing rule as data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RevenueSharing", example = "{\"existingRevenue\":\"ORIGINAL_JURISDICTION\","
            + "\"newRevenueSharePercent\":{\"sichuan\":50,\"chongqing\":50}}")
    public record RevenueSharing(
            @NotNull @Schema(description = "ORIGINAL_JURISDICTION: existing revenue stays where it was; SHARED: it is "
                    + "shared like new revenue") ExistingRevenue existingRevenue,
            @NotEmpty @Size(max = 2) @Schema(description = "Percent of new revenue each province receives; they add up to 100",
                    maxProperties = 2)
            Map<String, @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal>
                    newRevenueSharePercent) {
    }

    /** A document by which the governments approved or defined the zone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ZoneDocument")
    public record ApprovalDocument(
            @NotBlank @Size(max = 300) @Schema(example = "川渝高竹新区总体方案") String title,
            @Size(max = 100) @Schema(description = "Document number (文号)", example = "渝发改合作〔2020〕2051号") String number,
            @Size(max = 300) @Schema(example = "重庆市发展和改革委员会、四川省发展和改革委员会") String issuer,
            @Schema(description = "Date of issue, when known") LocalDate issuedOn) {
    }
}
