package org.chuanyu.commonhandling.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** Special procedures (art. 45) and extensions (art. 42): request and response shapes. */
public final class ClockStopApi {

    private ClockStopApi() {
    }

    @Schema(name = "SpecialProcedureRequest", example = "{\"kind\":\"HEARING\",\"reason\":\"涉及申请人与他人之间重大利益关系，依申请举行听证\"}")
    public record StartProcedure(
            @Schema(description = "The procedure (行政许可法 art. 45)") @NotNull SpecialProcedure.Kind kind,
            @Schema(description = "Why it is needed, 1 to 2,000 characters") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "SpecialProcedure", example = "{\"id\":7,\"kind\":\"HEARING\",\"reason\":\"依申请举行听证\",\"from\":"
            + "\"2026-10-15\",\"until\":null,\"startedBy\":\"yubei-clerk\",\"endedBy\":null}")
    public record Procedure(long id, SpecialProcedure.Kind kind, String reason,
                            @Schema(description = "The first day the clock stood still") LocalDate from,
                            @Schema(description = "The last day it stood still; null while the procedure runs",
                                    nullable = true) LocalDate until,
                            String startedBy,
                            @Schema(nullable = true) String endedBy) {
        static Procedure of(SpecialProcedure p) {
            return new Procedure(p.id, p.kind, p.reason, p.fromDate, p.untilDate, p.startedBy, p.endedBy);
        }
    }

    @Schema(name = "ExtensionRequest", example = "{\"workingDays\":10,\"reason\":\"需现场核查，法定期限内不能作出决定\"}")
    public record RequestExtension(
            @Schema(description = "Working days to add to the decision deadline, 1 to 10") @NotNull @Min(1)
            @Max(ClockStopRules.MOST_EXTENSION_DAYS) Integer workingDays,
            @Schema(description = "The written reason, 1 to 2,000 characters") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ExtensionDecision", example = "{\"approve\":true,\"comment\":\"同意延期十个工作日\"}")
    public record DecideExtension(
            @Schema(description = "True to approve, false to reject") @NotNull Boolean approve,
            @Size(max = 2000) String comment) {
    }

    @Schema(name = "Extension", example = "{\"id\":3,\"workingDays\":10,\"reason\":\"需现场核查\",\"status\":\"APPROVED\","
            + "\"requestedBy\":\"yubei-clerk\",\"requestedAt\":\"2026-10-15T02:00:00Z\",\"decidedBy\":\"cq-admin\","
            + "\"decidedAt\":\"2026-10-15T06:00:00Z\"}")
    public record ExtensionView(long id, int workingDays, String reason, Extension.Status status, String requestedBy,
                                Instant requestedAt,
                                @Schema(nullable = true) String decidedBy,
                                @Schema(nullable = true) Instant decidedAt) {
        static ExtensionView of(Extension e) {
            return new ExtensionView(e.id, e.workingDays, e.reason, e.status, e.requestedBy, e.requestedAt, e.decidedBy,
                    e.decidedAt);
        }
    }

    /** Linshui accepted, Yubei handles and asked for ten more working days; Chongqing's admin has yet to decide. */
    static final String CASE_EXTENSION_EXAMPLE = "{\"id\":3,\"caseNumber\":\"CY-51-2026-09331054\","
            + "\"itemCode\":\"shipin-jingying-xuke\",\"handlingProvince\":\"chongqing\",\"handlingDistrict\":\"500112\","
            + "\"workingDays\":10,\"reason\":\"需现场核查，法定期限内不能作出决定\",\"status\":\"REQUESTED\","
            + "\"requestedBy\":\"yubei-clerk\",\"requestedAt\":\"2026-10-15T02:00:00Z\",\"decidedBy\":null,"
            + "\"decidedAt\":null}";

    @Schema(name = "CaseExtension", description = "An extension of a case's decision deadline with the case it "
            + "belongs to: what the handling province's admin decides", example = CASE_EXTENSION_EXAMPLE)
    public record CaseExtensionView(
            @Schema(description = "The extension's id (POST …/extensions/{id}/approval decides it)", example = "3") long id,
            @Schema(description = "The case", example = "CY-51-2026-09331054") String caseNumber,
            @Schema(description = "The case's catalogue item", example = "shipin-jingying-xuke") String itemCode,
            @Schema(description = "The handling province, whose province-admin decides", example = "chongqing")
            String handlingProvince,
            @Schema(description = "The handling district (GB/T 2260)", example = "500112") String handlingDistrict,
            @Schema(description = "Working days asked for, 1 to 10", example = "10") int workingDays,
            @Schema(description = "The written reason") String reason,
            Extension.Status status,
            @Schema(description = "Who asked (a clerk of the handling side)", example = "yubei-clerk") String requestedBy,
            Instant requestedAt,
            @Schema(description = "Who decided; null while requested", nullable = true) String decidedBy,
            @Schema(description = "When; null while requested", nullable = true) Instant decidedAt) {
        static CaseExtensionView of(Extension e, CaseFile c) {
            return new CaseExtensionView(e.id, c.number, c.itemCode, c.handlingProvince, c.handlingDistrict,
                    e.workingDays, e.reason, e.status, e.requestedBy, e.requestedAt, e.decidedBy, e.decidedAt);
        }
    }
}
