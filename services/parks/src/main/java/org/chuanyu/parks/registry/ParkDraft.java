package org.chuanyu.parks.registry;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a client sends to register a park ({@code POST}) or replace its details ({@code PUT}). */
@Schema(name = "ParkDraft", description = "A park's details as a client registers or replaces them",
        example = ParkExamples.DRAFT)
public record ParkDraft(
        @Schema(description = "Lower-case slug, unique; only on create (the path names the park on update)",
                example = "gaozhu-linshui-industrial")
        @Pattern(regexp = ParkCodes.PATTERN, message = "must be a lower-case slug such as rongchang-hightech")
        @Size(max = 64) String code,
        @Schema(description = "Chinese name", example = "川渝高竹新区邻水产业园") @NotBlank @Size(max = 200) String name,
        @Schema(description = "English name", example = "Gaozhu New Area Linshui industrial park") @Size(max = 200) String nameEn,
        @Schema(description = "Kind of park") @NotNull ParkKind kind,
        @Schema(description = "Approval level") @NotNull ParkLevel level,
        @Schema(description = "Owning province (sichuan or chongqing); optional, must agree with the district",
                example = "sichuan") @Size(max = 9) @Pattern(regexp = "sichuan|chongqing", message = "must be sichuan or chongqing") String province,
        @Schema(description = "Owning district, GB/T 2260 code", example = "511623")
        @NotNull @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String district,
        @Schema(description = "Joint zone the park lies in, if any; the district must be a member of it", example = "gaozhu")
        @Size(max = 64) @Pattern(regexp = ParkCodes.PATTERN, message = "must be a joint-zone code such as gaozhu") String zone,
        @Schema(description = "Leading industries, codes from GET /api/parks/industries", example = "[\"new-materials\",\"equipment\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> industries,
        @Schema(description = "Boundary as a GeoJSON Polygon or MultiPolygon in WGS 84 (lon, lat)", nullable = true,
                implementation = GeoJsonShape.class, example = BOUNDARY_EXAMPLE)
        JsonNode boundary) {

    /** A GeoJSON shape for the API documentation (the schema is an object, not Jackson's node type). */
    static final String BOUNDARY_EXAMPLE = "{\"type\":\"Polygon\",\"coordinates\":[[[106.2,29.4],[106.3,29.4],"
            + "[106.3,29.5],[106.2,29.4]]]}";
}
