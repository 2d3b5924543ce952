package org.chuanyu.parks.divisions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What a restructuring recorded: the ended divisions' last periods and the new divisions. */
@Schema(name = "Restructuring", example = DivisionExamples.RESTRUCTURING)
public record RestructuringView(
        LocalDate effectiveOn,
        @Schema(description = "The ended divisions, each with its validTo and successors") List<DivisionView> ended,
        @Schema(description = "The divisions established") List<DivisionView> established) {
}
