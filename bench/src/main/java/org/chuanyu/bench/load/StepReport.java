package org.chuanyu.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;

/** One step's result as the JSON line of {@code --out} and the human line on stdout. */
public record StepReport(
        String scenario,
        StepStats stats,
        Map<String, ProcessWatcher.Usage> processes,
        OptionalLong tokenRefreshFailures) {

    static final String TOOL = "loadgen";
    static final String MODE = "open";
    private static final double P50 = 50;
    private static final double P90 = 90;
    private static final double P99 = 99;
    private static final double P999 = 99.9;
    /** Reports carry one decimal: finer digits are noise at these sample sizes. */
    private static final double ONE_DECIMAL = 10.0;

    public double p99Millis() {
        return stats.percentileMillis(P99);
    }

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode row = mapper.createObjectNode();
        row.put("scenario", scenario);
        row.put("tool", TOOL);
        row.put("mode", MODE);
        row.put("offeredRate", stats.offeredRate());
        row.put("seconds", stats.seconds());
        row.put("sent", stats.sent());
        row.put("completed", stats.completed());
        row.put("errors", stats.errors());
        row.put("timeouts", stats.timeouts());
        ObjectNode statuses = row.putObject("statuses");
        stats.statuses().forEach((status, count) -> statuses.put(Integer.toString(status), count));
        if (!stats.failures().isEmpty()) {
            ObjectNode failures = row.putObject("failures");
            stats.failures().forEach(failures::put);
        }
        row.put("throughput", round(stats.throughput()));
        row.put("p50", round(stats.percentileMillis(P50)));
        row.put("p90", round(stats.percentileMillis(P90)));
        row.put("p99", round(stats.percentileMillis(P99)));
        row.put("p999", round(stats.percentileMillis(P999)));
        row.put("max", round(stats.maxMillis()));
        ObjectNode procs = row.putObject("processes");
        processes.forEach((name, usage) -> {
            ObjectNode proc = procs.putObject(name);
            proc.put("cpuPercent", round(usage.cpuPercent()));
            proc.put("rssMaxMb", round(usage.rssMaxMb()));
        });
        tokenRefreshFailures.ifPresent(n -> row.put("tokenRefreshFailures", n));
        return row;
    }

    public String humanLine() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%s %d req/s x %d s: sent %d, completed %d, errors %d (timeouts %d), throughput %.1f/s,"
                        + " p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max %.1f ms",
                scenario, stats.offeredRate(), stats.seconds(), stats.sent(), stats.completed(), stats.errors(),
                stats.timeouts(), stats.throughput(), stats.percentileMillis(P50), stats.percentileMillis(P90),
                stats.percentileMillis(P99), stats.percentileMillis(P999), stats.maxMillis()));
        if (!stats.failures().isEmpty()) {
            StringJoiner failures = new StringJoiner(", ", " [failures: ", "]");
            stats.failures().forEach((why, count) -> failures.add(why + " x" + count));
            line.append(failures);
        }
        if (!processes.isEmpty()) {
            StringJoiner procs = new StringJoiner("; ", "; ", "");
            processes.forEach((name, usage) -> procs.add(String.format(Locale.ROOT, "%s %.0f%% CPU, %.0f MB",
                    name, usage.cpuPercent(), usage.rssMaxMb())));
            line.append(procs);
        }
        return line.toString();
    }

    static double round(double value) {
        return Math.round(value * ONE_DECIMAL) / ONE_DECIMAL;
    }
}
