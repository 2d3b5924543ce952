package org.chuanyu.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The JSON-lines results written by {@code load --out} (and by the wrk script, same field names), in
 * file order, optionally restricted to some scenarios. Shared by {@code table} and {@code chart}.
 */
public final class ResultRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultRows() {
    }

    /** @param scenarios the scenarios to keep; empty keeps all */
    public static List<JsonNode> read(Collection<Path> files, Collection<String> scenarios) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode row = parse(file, i + 1, lines.get(i));
                if (scenarios.isEmpty() || scenarios.contains(row.path("scenario").asText())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static JsonNode parse(Path file, int lineNumber, String line) {
        try {
            JsonNode row = JSON.readTree(line);
            if (!row.isObject()) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": not a JSON object");
            }
            return row;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** A number field, or null when absent or JSON null (a closed-model row has no offered rate). */
    public static Double number(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
