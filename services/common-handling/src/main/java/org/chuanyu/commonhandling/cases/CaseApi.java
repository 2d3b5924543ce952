package org.chuanyu.commonhandling.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The case API's request and response shapes. */
public final class CaseApi {

    private CaseApi() {
    }

    @Schema(name = "CaseSubmission", description = "A case filed at a window or by an external system",
            example = "{\"itemCode\":\"yidi-jiuyi-beian\",\"applicant\":{\"kind\":\"PERSON\",\"name\":\"张三\","
                    + "\"idNumber\":\"511623199001011238\",\"contact\":\"13800000000\"},\"acceptingDistrict\":\"511623\","
                    + "\"acceptingWindow\":\"邻水县政务服务中心川渝通办窗口\",\"handlingDistrict\":\"500112\","
                    + "\"handlingDepartment\":\"渝北区医疗保障局\",\"materials\":[{\"name\":\"身份证\",\"checksum\":"
                    + "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"size\":52311,"
                    + "\"location\":\"oss://cases/2026/11/id-card.pdf\"}]}")
    public record Submission(
            @Schema(description = "Item code from the catalogue") @NotBlank @Size(max = 64) String itemCode,
            @NotNull @Valid Applicant applicant,
            @Schema(description = "District of the accepting window (GB/T 2260)") @NotNull
            @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String acceptingDistrict,
            @Size(max = 200) String acceptingWindow,
            @Schema(description = "District of the competent authority (GB/T 2260)") @NotNull
            @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String handlingDistrict,
            @Size(max = 200) String handlingDepartment,
            @Size(max = 50) List<@Valid Material> materials) {
    }

    @Schema(name = "Applicant")
    public record Applicant(
            @Schema(description = "PERSON (resident ID number) or ENTERPRISE (unified social credit code)") @NotNull
            CaseFile.ApplicantKind kind,
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Resident ID number (GB 11643) or unified social credit code (GB 32100); "
                    + "masked except for the accepting and handling scopes and the submitting system")
            @NotBlank @Size(max = 18) String idNumber,
            @Size(max = 200) String contact) {
    }

    @Schema(name = "Material", description = "A submitted document: where it is stored, never its bytes")
    public record Material(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "SHA-256 of the file, hex") @NotNull
            @Size(max = 64) @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lower-case hex") String checksum,
            @PositiveOrZero long size,
            @NotBlank @Size(max = 500) String location) {
    }

    @Schema(name = "Case", description = "A 川渝通办 case as the caller may see it", example = CaseExamples.CASE)
    public record View(String number, String itemCode, int itemVersion, ApplicantView applicant,
                       ScopeView accepting, ScopeView handling, CaseFile.Channel channel,
                       @Schema(description = "The external system that filed it; null for a case filed at a window",
                               nullable = true) String submitter,
                       CaseStatus status,
                       @Schema(description = "Acceptance deadline while the case awaits acceptance", nullable = true)
                       Instant acceptanceDue,
                       @Schema(description = "Decision deadline once accepted; null before", nullable = true) Instant decisionDue,
                       @Schema(description = "Delivery deadline once decided (行政许可法 art. 44, 10 working days); null "
                               + "before", nullable = true) Instant deliveryDue,
                       @Schema(description = "True when a year the deadline spans has no holiday calendar yet")
                       boolean deadlineProvisional,
                       @Schema(description = "True once the deadline the case runs against has passed (set by the "
                               + "overdue watch, recorded on the timeline)") boolean overdue,
                       @Schema(description = "Working days left on Asia/Shanghai's today before the current deadline "
                               + "(today counts while it is a working day); negative once passed; null when no "
                               + "deadline runs", example = "3", nullable = true) Integer workingDaysRemaining,
                       List<Material> materials,
                       @Schema(description = "What this caller may do now") Set<CaseAction> allowedActions,
                       @Schema(description = "Who has each side; null for an external system (staff assignments are "
                               + "internal)", nullable = true) Assignees assignees,
                       @Schema(description = "The warning light of electronic supervision (电子监察); null once the case "
                               + "has ended", nullable = true) Supervision supervision,
                       @Schema(description = "Whose days were they: every working day of the case so far accounted to "
                               + "one party; in the single-case view (null in lists)", nullable = true)
                       WorkingDays workingDays,
                       long version) {
    }

    @Schema(name = "CaseSupervision", description = "Where a case stands against its limits (docs/common-handling.md, "
            + "\"Supervision\")", example = "{\"level\":\"WARNING\",\"step\":\"DECISION\",\"side\":\"HANDLING\","
            + "\"stepDue\":\"2026-11-11T16:00:00Z\",\"reason\":\"at most 2 working days left of 10 for decision\"}")
    public record Supervision(
            @Schema(description = "NORMAL; WARNING (预警): at most a fifth of the step's working days, or one, left; YELLOW "
                    + "(黄牌): the step's own limit passed; RED (红牌): the statutory deadline passed")
            SupervisionRules.Level level,
            @Schema(description = "The step the case is in") CaseSupervision.Step step,
            @Schema(description = "The side the step waits on") CaseSide side,
            @Schema(description = "The end of the step's limit; null while the clock stands still", nullable = true)
            Instant stepDue,
            @Schema(description = "Why the light is what it is") String reason) {
    }

    @Schema(name = "CaseWorkingDays", description = "Every working day of a case, from the first after its submission "
            + "through its delivery (or today), accounted to exactly one party (docs/common-handling.md, \"Whose days\")",
            example = "{\"accepting\":2,\"handling\":11,\"applicant\":3,\"specialProcedure\":0,\"delivery\":2}")
    public record WorkingDays(
            @Schema(description = "Waiting on the accepting side: intake, and forwarding") int accepting,
            @Schema(description = "Waiting on the handling side: review and decision") int handling,
            @Schema(description = "Waiting on the applicant: supplement pauses (these come first where intervals overlap)")
            int applicant,
            @Schema(description = "Special procedures (art. 45)") int specialProcedure,
            @Schema(description = "From the decision to its delivery") int delivery) {
    }

    @Schema(name = "CaseAssignees", description = "The clerk who has each side of a case, if any")
    public record Assignees(
            @Schema(description = "The accepting side's assignee; null when nobody has it", nullable = true) Assignee accepting,
            @Schema(description = "The handling side's assignee; null when nobody has it", nullable = true) Assignee handling) {
    }

    @Schema(name = "CaseAssignee", description = "A clerk, by realm and user name (user names are unique within a realm)",
            example = "{\"realm\":\"chongqing\",\"username\":\"yubei-clerk\"}")
    public record Assignee(
            @Schema(description = "The clerk's realm", enumeration = {"sichuan", "chongqing"}) @NotNull
            @Size(max = 16) @Pattern(regexp = "sichuan|chongqing", message = "must be sichuan or chongqing") String realm,
            @Schema(description = "The clerk's user name in that realm") @NotBlank @Size(max = 255) String username) {

        /** Both parts, or nobody. */
        public static Assignee of(String realm, String username) {
            return realm == null || username == null ? null : new Assignee(realm, username);
        }

        @Override
        public String toString() {
            return realm + "/" + username;
        }
    }

    @Schema(name = "CaseApplicant")
    public record ApplicantView(CaseFile.ApplicantKind kind, String name,
                                @Schema(description = "In full or masked (5116**********1238)") String idNumber,
                                @Schema(description = "Contact number (masked as 138****0000 in lists), if given", nullable = true)
                                String contact) {
    }

    @Schema(name = "CaseScope")
    public record ScopeView(String province, String district,
                            @Schema(description = "Joint zone, when the district lies in one", nullable = true) String zone,
                            @Schema(description = "Handling unit, once one is assigned", nullable = true) String unit) {
    }

    @Schema(name = "CaseTransition", example = "{\"action\":\"ACCEPT\",\"comment\":\"材料齐全\"}")
    public record Transition(
            @NotNull CaseAction action,
            @Schema(description = "Required to reject at intake or deny") @Size(max = 2000) String reason,
            @Schema(description = "Decision document number, required to approve or deny") @Size(max = 200) String decisionReference,
            @Schema(description = "Materials asked for, required to request a supplement") @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials,
            @Schema(description = "Date by which the materials should arrive") LocalDate supplementDue,
            @Size(max = 2000) String comment) {
    }

    @Schema(name = "CaseEvent", example = CaseExamples.EVENT)
    public record Event(int seq, Instant at, String actor,
                        @Schema(description = "The actor's realm; platform for the platform's own events (the overdue "
                                + "and supervision watches, a case deemed accepted)",
                                enumeration = {"sichuan", "chongqing", "platform"}) String realm,
                        String role, String action,
                        @Schema(description = "Status before; null for the submission", nullable = true) String fromStatus,
                        String toStatus,
                        @Schema(description = "Comment or reason given, if any", nullable = true) String comment,
                        @Schema(description = "The request that caused it; null for the platform's own events", nullable = true)
                        String requestId) {
    }

    /**
     * Whether a case's timeline is whole, and where it first breaks (a sequence number, or the events past the
     * head): TimelineProof's outcome, as the API shows it.
     */
    @Schema(name = "TimelineVerification", example = CaseExamples.VERIFICATION)
    public record Verification(
            @Schema(description = "Every event verifies, none is missing past the case's head, and the case's seal "
                    + "(its head, status and decision) verifies") boolean intact,
            @Schema(description = "Events stored") int events,
            @Schema(description = "Sequence number of the first event that fails its MAC or is missing; null when the "
                    + "events verify but the case's seal does not", nullable = true) Integer firstBrokenSeq,
            @Schema(description = "What is wrong, when something is", nullable = true,
                    example = "the case's timeline ends at event 3 but 2 are stored") String problem) {
    }
}
