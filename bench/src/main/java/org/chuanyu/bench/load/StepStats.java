package org.chuanyu.bench.load;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What the open loop measured in one step. Latencies are in microseconds from each request's intended
 * start; errors are non-2xx answers plus failures (timeouts included).
 */
public record StepStats(
        int offeredRate,
        int seconds,
        long sent,
        long completed,
        long errors,
        long timeouts,
        Map<Integer, Long> statuses,
        Map<String, Long> failures,
        Histogram latencyMicros) {

    /** Recordable up to an hour: anything slower is a hung run, not a latency. */
    static final long HIGHEST_TRACKABLE_MICROS = TimeUnit.HOURS.toMicros(1);
    static final int SIGNIFICANT_DIGITS = 3;

    private static final int SUCCESS_CLASS = 2;
    private static final int STATUS_CLASS_DIVISOR = 100;

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    }

    static boolean isSuccess(int status) {
        return status / STATUS_CLASS_DIVISOR == SUCCESS_CLASS;
    }

    public long successes() {
        return statuses.entrySet().stream()
                .filter(e -> isSuccess(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Completed 2xx answers per second of the step's schedule. */
    public double throughput() {
        return successes() / (double) seconds;
    }

    public double percentileMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? 0 : toMillis(latencyMicros.getValueAtPercentile(percentile));
    }

    public double maxMillis() {
        return latencyMicros.getTotalCount() == 0 ? 0 : toMillis(latencyMicros.getMaxValue());
    }

    private static double toMillis(long micros) {
        return micros / (double) TimeUnit.MILLISECONDS.toMicros(1);
    }
}
