package org.chuanyu.parks.divisions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the registry knows about a code: its periods, its changes, and territory it received. */
@Schema(name = "DivisionHistory", description = "Every period of a code, the changes recorded for it, and the "
        + "changes of other divisions that named it as a successor", example = DivisionExamples.HISTORY)
public record DivisionHistoryView(
        @Schema(description = "GB/T 2260 code", example = "500109") String code,
        DivisionLevel level,
        @Schema(description = "Province (realm name)", example = "chongqing") String province,
        @Schema(description = "Periods of validity, oldest first") List<DivisionView> periods,
        @Schema(description = "Changes recorded for this code, oldest first") List<ChangeView> changes,
        @Schema(description = "Changes of other divisions whose territory passed to this one, oldest first")
        List<ChangeView> receivedFrom) {

    @Schema(name = "DivisionChange", description = "A recorded change of a division")
    public record ChangeView(
            @Schema(description = "Identifier of the change") long id,
            @Schema(description = "The division that changed", example = "500112") String code,
            ChangeKind kind,
            @Schema(description = "The day the change took effect") LocalDate effectiveOn,
            @Schema(description = "Divisions that took over (part of) the territory", example = "[\"500109\"]")
            List<String> successors,
            @Schema(description = "Towns whose territory moved, as published", example = "[\"茨竹镇\",\"大湾镇\"]")
            List<String> towns,
            @Schema(description = "The official document, e.g. its number", nullable = true) String document,
            @Schema(nullable = true) String note,
            @Schema(description = "Who recorded it") String recordedBy,
            @Schema(description = "The province of who recorded it") String recordedByProvince,
            Instant recordedAt) {

        static ChangeView of(DivisionChange change) {
            return new ChangeView(change.id, change.code, change.kind, change.effectiveOn,
                    List.copyOf(change.successors), change.towns == null ? List.of() : List.of(change.towns),
                    change.document, change.note, change.recordedBy, change.recordedByProvince, change.recordedAt);
        }
    }
}
