package org.chuanyu.parks.indicators;

import org.chuanyu.jurisdiction.web.BusinessDates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One amendment of a park's year: who changed what, when, and the state it replaced. */
@Schema(name = "IndicatorRevision", description = "One amendment of a park's year, newest first in the history",
        example = IndicatorRevisionView.EXAMPLE)
public record IndicatorRevisionView(
        @Schema(description = "Version of the replaced state (the ETag it had)", example = "0") long replacedVersion,
        @Schema(description = "Who amended (user name from the token)", example = "linshui-clerk") String amendedBy,
        @Schema(description = "When the amendment was made") OffsetDateTime amendedAt,
        @Schema(description = "The figures (and source) the amendment changed, before and after") List<Change> changes,
        @Schema(description = "Who had reported the replaced state", example = "linshui-clerk") String previouslyReportedBy,
        @Schema(description = "When the replaced state had been reported") OffsetDateTime previouslyReportedAt) {

    static final String EXAMPLE = "{\"replacedVersion\":0,\"amendedBy\":\"linshui-clerk\","
            + "\"amendedAt\":\"2023-03-01T10:00:00+08:00\",\"changes\":[{\"field\":\"taxRevenue\","
            + "\"before\":250000000.00,\"after\":263000000.00}],\"previouslyReportedBy\":\"linshui-clerk\","
            + "\"previouslyReportedAt\":\"2023-02-10T09:30:00+08:00\"}";

    /** A revision, compared with the state that replaced it. */
    static IndicatorRevisionView of(IndicatorRevision revision, IndicatorValues afterValues, String afterSource) {
        List<Change> changes = new ArrayList<>();
        for (IndicatorField field : IndicatorField.values()) {
            Number before = field.get(revision.values);
            Number after = field.get(afterValues);
            if (!field.same(before, after)) {
                changes.add(new Change(field.apiName(), before, after));
            }
        }
        if (!revision.source.equals(afterSource)) {
            changes.add(new Change("source", revision.source, afterSource));
        }
        return new IndicatorRevisionView(revision.version, revision.amendedBy, BusinessDates.at(revision.amendedAt),
                changes, revision.reportedBy, BusinessDates.at(revision.reportedAt));
    }

    /** One field an amendment changed; a value is absent when the report did not give it. */
    @Schema(name = "IndicatorChange")
    public record Change(
            @Schema(description = "Field name as in the report (a figure, or source)", example = "taxRevenue") String field,
            @Schema(description = "Value before (a number, or text for source)", nullable = true) Object before,
            @Schema(description = "Value after (a number, or text for source)", nullable = true) Object after) {
    }
}
