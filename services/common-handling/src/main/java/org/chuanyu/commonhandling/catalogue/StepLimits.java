package org.chuanyu.commonhandling.catalogue;

import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The promised limits (承诺时限) of a case's steps, in working days: what the service centres commit to, each at most the
 * statutory limit. A step without one runs against its statutory limit. Passing a promised limit turns a case's
 * supervision light yellow (docs/common-handling.md, "Supervision").
 */
@Schema(name = "ItemStepLimits", description = "Promised limits (承诺时限) of the steps in working days, each at most its "
        + "statutory limit; null for a step that has only the statutory one",
        example = "{\"intake\":1,\"decision\":10,\"delivery\":5}")
public record StepLimits(
        @Schema(description = "Intake: at most the acceptance limit", nullable = true, example = "1")
        @Positive(message = "must be a positive number of working days") Integer intake,
        @Schema(description = "Decision: at most the decision limit", nullable = true, example = "10")
        @Positive(message = "must be a positive number of working days") Integer decision,
        @Schema(description = "Delivery: at most the statutory 10 working days", nullable = true, example = "5")
        @Positive(message = "must be a positive number of working days") Integer delivery) {
}
