package org.chuanyu.parks.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The boundary as the API documents it. The service reads and writes it as a JSON tree (validated by
 * {@link BoundaryValidator}); this type exists so the published schema says GeoJSON, not the JSON
 * library's node class.
 */
@Schema(name = "GeoJsonShape", description = "A GeoJSON Polygon or MultiPolygon in WGS 84 (longitude, latitude)")
public record GeoJsonShape(
        @Schema(enumeration = {"Polygon", "MultiPolygon"}) String type,
        @Schema(description = "Rings of positions (Polygon) or polygons of rings (MultiPolygon); each ring closed, "
                + "at least four positions; at most 100 parts at each level and 10,000 positions in all",
                maxItems = BoundaryValidator.MAX_PARTS) List<Object> coordinates) {
}
