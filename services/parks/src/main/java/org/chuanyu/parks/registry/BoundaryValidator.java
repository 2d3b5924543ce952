package org.chuanyu.parks.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.chuanyu.jurisdiction.problem.Problem.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a park boundary: a GeoJSON Polygon or MultiPolygon whose rings are closed, have at least
 * four positions, and stay within WGS 84 ranges (longitude −180..180, latitude −90..90); at most
 * {@link #MAX_PARTS} polygons, {@link #MAX_PARTS} rings a polygon and {@link #MAX_POSITIONS} positions in all,
 * so a boundary's weight is bounded before any of it is walked.
 */
final class BoundaryValidator {

    private static final int MIN_RING_POSITIONS = 4;
    /** Polygons of a MultiPolygon, and rings of a polygon (GeoJsonShape declares it). */
    static final int MAX_PARTS = 100;
    /** Positions of the whole boundary: a development zone's surveyed outline needs a few thousand. */
    static final int MAX_POSITIONS = 10_000;

    private BoundaryValidator() {
    }

    static List<FieldViolation> check(JsonNode boundary) {
        List<FieldViolation> errors = new ArrayList<>();
        if (boundary == null || boundary.isNull()) {
            return errors;
        }
        String type = boundary.path("type").asText("");
        JsonNode coordinates = boundary.path("coordinates");
        if (coordinates.size() > MAX_PARTS) {
            errors.add(new FieldViolation("boundary.coordinates", "must have at most " + MAX_PARTS + " parts"));
            return errors;
        }
        if (positions(coordinates, 0) > MAX_POSITIONS) {
            errors.add(new FieldViolation("boundary.coordinates", "must have at most " + MAX_POSITIONS + " positions in all"));
            return errors;
        }
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

    /** Positions (arrays whose first element is a number) under a node, counted at most four arrays deep. */
    private static long positions(JsonNode node, int depth) {
        if (!node.isArray() || depth > 4) {
            return 0;
        }
        if (!node.isEmpty() && node.get(0).isNumber()) {
            return 1;
        }
        long count = 0;
        for (JsonNode child : node) {
            count += positions(child, depth + 1);
            if (count > MAX_POSITIONS) {
                return count;
            }
        }
        return count;
    }

    private static void polygon(JsonNode rings, String field, List<FieldViolation> errors) {
        if (!rings.isArray() || rings.isEmpty()) {
            errors.add(new FieldViolation(field, "must be a non-empty array of linear rings"));
            return;
        }
        if (rings.size() > MAX_PARTS) {
            errors.add(new FieldViolation(field, "must have at most " + MAX_PARTS + " rings"));
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
