package org.chuanyu.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the CPU time and resident memory of named processes once per second while a step runs, so
 * each step reports what the servers (and the generator itself) spent to serve that offered rate.
 * CPU is the difference of cumulative ticks between the step's first and last reading; memory is the
 * largest resident set seen during the step.
 */
public final class ProcessWatcher implements AutoCloseable {

    private static final long SAMPLE_PERIOD_MS = 1000;
    private static final double PERCENT = 100.0;
    private static final double KB_PER_MB = 1024.0;

    /** What one process used during one step; cpuPercent 100 means one full core. */
    public record Usage(double cpuPercent, double rssMaxMb) {
    }

    private static final class Tracked {
        final long pid;
        ProcStat first;
        long firstNanos;
        ProcStat last;
        long lastNanos;
        long maxRssKb;

        Tracked(long pid) {
            this.pid = pid;
        }
    }

    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler;

    public ProcessWatcher(Map<String, Long> pids) {
        pids.forEach((name, pid) -> tracked.put(name, new Tracked(pid)));
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "process-watcher");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sample, SAMPLE_PERIOD_MS, SAMPLE_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Starts a new step: forgets the previous step's readings and takes the baseline. */
    public synchronized void beginStep() {
        for (Tracked t : tracked.values()) {
            t.first = null;
            t.last = null;
            t.maxRssKb = 0;
        }
        sample();
    }

    /** Takes a closing reading and returns each process's usage; a process never read is left out. */
    public synchronized Map<String, Usage> endStep() {
        sample();
        Map<String, Usage> usage = new LinkedHashMap<>();
        tracked.forEach((name, t) -> {
            if (t.first == null) {
                return;
            }
            double seconds = (t.lastNanos - t.firstNanos) / (double) TimeUnit.SECONDS.toNanos(1);
            double cpuSeconds = (t.last.cpuTicks() - t.first.cpuTicks()) / (double) ProcStat.CLOCK_TICKS_PER_SECOND;
            double cpuPercent = seconds > 0 ? PERCENT * cpuSeconds / seconds : 0;
            usage.put(name, new Usage(cpuPercent, t.maxRssKb / KB_PER_MB));
        });
        return usage;
    }

    private synchronized void sample() {
        long now = System.nanoTime();
        for (Tracked t : tracked.values()) {
            ProcStat.read(t.pid).ifPresent(stat -> {
                if (t.first == null) {
                    t.first = stat;
                    t.firstNanos = now;
                }
                t.last = stat;
                t.lastNanos = now;
                t.maxRssKb = Math.max(t.maxRssKb, stat.rssKb());
            });
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
