package org.chuanyu.parks.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A park as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Park", description = "A park in the registry", example = ParkExamples.VIEW)
public record ParkView(
        String code, String name, @Schema(description = "English name", nullable = true) String nameEn, ParkKind kind, ParkLevel level,
        @Schema(description = "Owning province", example = "chongqing") String province,
        @Schema(description = "Owning district, GB/T 2260", example = "500153") String district,
        @Schema(description = "Joint zone, if any", example = "rongchang-longchang", nullable = true) String zone,
        @Schema(description = "Leading industries (vocabulary codes)") List<String> industries,
        @Schema(description = "Designations the park holds") List<DesignationSummary> designations,
        @Schema(description = "Latest area in km² by kind (FILED, MANAGED, PLANNED)") Map<String, BigDecimal> area,
        @Schema(description = "GeoJSON boundary (Polygon or MultiPolygon, WGS 84); only in the single-park view",
                implementation = GeoJsonShape.class, nullable = true, example = ParkDraft.BOUNDARY_EXAMPLE) JsonNode boundary,
        @Schema(description = "Version; the ETag of the park") long version) {

    /** A designation as listed with its park. */
    @Schema(name = "DesignationSummary")
    public record DesignationSummary(Long id, String name, @Schema(description = "Batch number, if any", nullable = true) Integer batch,
                                     int year, String issuer) {
    }
}
