package org.chuanyu.projects.blockers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a blocker was solved. */
@Schema(name = "BlockerResolution", example = "{\"resolution\":\"供电公司已批复接入方案\"}")
public record BlockerResolution(@Schema(description = "What was done") @NotBlank @Size(max = 2000) String resolution) {
}
