package org.chuanyu.bench.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chuanyu.bench.report.ResultRows;

/** One scenario's latency percentiles by offered rate, ready to plot. */
record Series(String scenario, List<Point> points) {

    /** A p50 or p99 may be missing (null) in a hand-written row; the other is still drawn. */
    record Point(double offeredRate, Double p50, Double p99) {
    }

    static final String OPEN_MODE = "open";

    /**
     * Open-model rows grouped by scenario, in order of first appearance, each sorted by rate. When the
     * same scenario and rate occur more than once (results appended run after run), the last one wins.
     */
    static List<Series> fromRows(List<JsonNode> rows) {
        Map<String, Map<Double, Point>> byScenario = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            Double rate = ResultRows.number(row, "offeredRate");
            if (!OPEN_MODE.equals(row.path("mode").asText()) || rate == null) {
                continue;
            }
            byScenario.computeIfAbsent(row.path("scenario").asText(), s -> new TreeMap<>())
                    .put(rate, new Point(rate, ResultRows.number(row, "p50"), ResultRows.number(row, "p99")));
        }
        List<Series> series = new ArrayList<>();
        byScenario.forEach((scenario, points) -> series.add(new Series(scenario, List.copyOf(points.values()))));
        return series;
    }
}
