package org.chuanyu.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Renders result rows (open-model loadgen and closed-model wrk alike) as one markdown table. */
public final class MarkdownTable {

    static final String HEADER = "| scenario | tool/mode | offered (req/s) | throughput (req/s) | p50 | p90 | p99 | max (ms) | errors | processes |";
    static final String ALIGNMENT = "|---|---|---:|---:|---:|---:|---:|---:|---:|---|";
    /** What a closed-model row offers: as much as its connections can push. */
    static final String SATURATED = "max";
    static final String MISSING = "-";

    private MarkdownTable() {
    }

    public static String render(List<JsonNode> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append(ALIGNMENT).append('\n');
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(text(row, "scenario"));
            cells.add(text(row, "tool") + "/" + text(row, "mode"));
            Double offered = ResultRows.number(row, "offeredRate");
            cells.add(offered == null ? SATURATED : whole(offered));
            cells.add(oneDecimal(row, "throughput"));
            cells.add(oneDecimal(row, "p50"));
            cells.add(oneDecimal(row, "p90"));
            cells.add(oneDecimal(row, "p99"));
            cells.add(oneDecimal(row, "max"));
            Double errors = ResultRows.number(row, "errors");
            cells.add(errors == null ? MISSING : whole(errors));
            cells.add(processes(row.path("processes")));
            StringJoiner line = new StringJoiner(" | ", "| ", " |");
            cells.forEach(cell -> line.add(escape(cell)));
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** e.g. {@code gateway 61% CPU, 181 MB; loadgen 20% CPU, 90 MB}. */
    static String processes(JsonNode processes) {
        StringJoiner joined = new StringJoiner("; ");
        Iterator<Map.Entry<String, JsonNode>> fields = processes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> process = fields.next();
            Double cpu = ResultRows.number(process.getValue(), "cpuPercent");
            Double rss = ResultRows.number(process.getValue(), "rssMaxMb");
            joined.add(process.getKey()
                    + " " + (cpu == null ? MISSING : whole(cpu)) + "% CPU, "
                    + (rss == null ? MISSING : whole(rss)) + " MB");
        }
        return joined.toString();
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? MISSING : value.asText();
    }

    private static String oneDecimal(JsonNode row, String field) {
        Double value = ResultRows.number(row, field);
        return value == null ? MISSING : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** A pipe in a scenario name would split the cell. */
    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
