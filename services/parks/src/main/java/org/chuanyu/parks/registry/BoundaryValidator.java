package org.chuanyu.parks.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.chuanyu.jurisdiction.problem.Problem.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a park boundary: a GeoJSON Polygon or MultiPolygon whose rings are closed, have at least
 * four positions, and stay within WGS 84 ranges (longitude −180..180, latitude −90..90).
 */
final class BoundaryValidator {

    private static final int MIN_RING_POSITIONS = 4;

    private BoundaryValidator() {
    }

    static List<FieldViolation> check(JsonNode boundary) {
        List<FieldViolation> errors = new ArrayList<>();
        if (boundary == null || boundary.isNull()) {
            return errors;
        }
        String type = boundary.path("type").asText("");
        JsonNode coordinates = boundary.path("coordinates");
        switch (type) {
            case "Polygon" -> polygon(coordinates, "boundary.coordinates", errors);
            case "MultiPolygon" -> {
                if (!coordinates.isArray() || coordinates.isEmpty()) {
                    errors.add(new FieldViolation("boundary.coordinates", "must be a non-empty array of polygons"));
                } else {
                    for (int i = 0; i < coordinates.size(); i++) {
                        polygon(coordinates.get(i), "boundary.coordinates[" + i + "]", errors);
                    }
                }
            }
            default -> errors.add(new FieldViolation("boundary.type", "must be Polygon or MultiPolygon"));
        }
        return errors;
    }

    private static void polygon(JsonNode rings, String field, List<FieldViolation> errors) {
        if (!rings.isArray() || rings.isEmpty()) {
            errors.add(new FieldViolation(field, "must be a non-empty array of linear rings"));
            return;
        }
        for (int r = 0; r < rings.size(); r++) {
            ring(rings.get(r), field + "[" + r + "]", errors);
        }
    }

    private static void ring(JsonNode ring, String field, List<FieldViolation> errors) {
        if (!ring.isArray() || ring.size() < MIN_RING_POSITIONS) {
            errors.add(new FieldViolation(field, "must be a ring of at least " + MIN_RING_POSITIONS + " positions"));
            return;
        }
        for (int p = 0; p < ring.size(); p++) {
            JsonNode position = ring.get(p);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                errors.add(new FieldViolation(field + "[" + p + "]", "must be a [longitude, latitude] pair"));
                return;
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                errors.add(new FieldViolation(field + "[" + p + "]", "is outside WGS 84 (longitude −180..180, latitude −90..90)"));
                return;
            }
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            errors.add(new FieldViolation(field, "must be closed: its last position must equal its first"));
        }
    }
}
