package org.chuanyu.commonhandling.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.chuanyu.commonhandling.cases.AssignedSide;
import org.chuanyu.commonhandling.cases.CaseApi;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The assignment API's request and response shapes. */
public final class AssignmentApi {

    private AssignmentApi() {
    }

    static final int MOST_AT_ONCE = 100;

    @Schema(name = "CaseAssigneeChange", description = "Who is to have one side of a case; assignee null gives it back",
            example = "{\"side\":\"HANDLING\",\"assignee\":{\"realm\":\"chongqing\",\"username\":\"yubei-clerk\"}}")
    public record Change(
            @Schema(description = "The side to assign") @NotNull AssignedSide side,
            @Schema(description = "The clerk to have it; null to leave it with nobody", nullable = true) @Valid
            CaseApi.Assignee assignee) {
    }

    @Schema(name = "CaseAssignmentBatch", description = "Assignments made together: all of them, or none",
            example = "{\"assignments\":[{\"number\":\"CY-50-2026-00000042\",\"side\":\"HANDLING\",\"assignee\":"
                    + "{\"realm\":\"chongqing\",\"username\":\"yubei-clerk\"},\"version\":3}]}")
    public record Batch(
            @Schema(description = "1 to 100 assignments") @NotNull @Size(min = 1, max = MOST_AT_ONCE)
            List<@NotNull @Valid Item> assignments) {
    }

    @Schema(name = "CaseAssignmentItem", description = "One assignment of a batch")
    public record Item(
            @Schema(description = "The case") @NotBlank @Size(max = 32) String number,
            @NotNull AssignedSide side,
            @Schema(description = "The clerk to have it; null to leave it with nobody", nullable = true) @Valid
            CaseApi.Assignee assignee,
            @Schema(description = "The case's version as last read (its ETag); when given, a case changed since "
                    + "fails the batch with 412", nullable = true, example = "3") @PositiveOrZero Long version) {
    }

    @Schema(name = "CaseAssignmentResult", description = "The cases of a batch as they now stand, in the batch's order",
            example = "{\"cases\":[" + org.chuanyu.commonhandling.cases.CaseExamples.CASE + "]}")
    public record Result(List<CaseApi.View> cases) {
    }
}
