package org.chuanyu.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One reading of a Linux process's CPU time and resident memory from /proc. */
record ProcStat(long cpuTicks, long rssKb) {

    /**
     * Clock ticks per second of /proc/&lt;pid&gt;/stat's utime and stime ({@code getconf CLK_TCK}). The
     * JDK cannot ask sysconf, and Linux has reported 100 on every mainstream architecture for decades
     * (USER_HZ is fixed by the kernel ABI, independent of the kernel's internal HZ).
     */
    static final int CLOCK_TICKS_PER_SECOND = 100;

    private static final Path PROC = Path.of("/proc");

    /**
     * Fields of /proc/&lt;pid&gt;/stat counted from the one after the command name (which is in
     * parentheses and may itself contain spaces): the state is index 0, so utime (field 14 in proc(5))
     * is index 11 and stime (field 15) is index 12.
     */
    private static final int UTIME_AFTER_COMMAND = 11;
    private static final int STIME_AFTER_COMMAND = 12;

    private static final String RSS_LINE = "VmRSS:";

    static boolean procAvailable() {
        return Files.isDirectory(PROC.resolve("self"));
    }

    static boolean exists(long pid) {
        return Files.isDirectory(PROC.resolve(Long.toString(pid)));
    }

    /** Empty when the process is gone or /proc is not there. */
    static Optional<ProcStat> read(long pid) {
        Path dir = PROC.resolve(Long.toString(pid));
        try {
            long ticks = parseCpuTicks(Files.readString(dir.resolve("stat")));
            long rss = parseRssKb(Files.readString(dir.resolve("status")));
            return Optional.of(new ProcStat(ticks, rss));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static long parseCpuTicks(String stat) {
        String afterCommand = stat.substring(stat.lastIndexOf(')') + 1).trim();
        String[] fields = afterCommand.split("\\s+");
        return Long.parseLong(fields[UTIME_AFTER_COMMAND]) + Long.parseLong(fields[STIME_AFTER_COMMAND]);
    }

    /** VmRSS in kB; 0 when absent (a kernel thread or a zombie has no resident set). */
    static long parseRssKb(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith(RSS_LINE)) {
                return Long.parseLong(line.substring(RSS_LINE.length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }
}
