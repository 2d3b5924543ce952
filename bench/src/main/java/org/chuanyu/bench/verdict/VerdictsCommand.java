package org.chuanyu.bench.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import org.chuanyu.bench.load.Args;
import org.chuanyu.bench.report.ResultRows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code bench.jar verdicts --results R.jsonl --exports FILE --moves M.jsonl --light-scan FILE --console FILE
 * --wrk-connections N}
 * prints the table of
 * the load targets; {@code bench.jar verdicts --cold-start FILE --rss FILE} the table of cold starts and memory. The
 * files are what {@code ./platform bench} wrote in its run directory (docs/benchmarks.md says what each holds).
 */
public final class VerdictsCommand {

    static final int BAD_OPTIONS = 2;
    private static final String USAGE = "usage: verdicts --results R.jsonl --exports FILE --moves M.jsonl --light-scan FILE --console FILE\n"
            + "                [--dashboards-bench FILE] [--dashboards-demo FILE] --wrk-connections N\n"
            + "       verdicts --cold-start FILE --rss FILE\n";

    private VerdictsCommand() {
    }

    public static int run(String[] argv) throws IOException {
        try {
            Args args = Args.parse(argv, Set.of("results", "exports", "moves", "light-scan", "wrk-connections", "cold-start",
                    "rss", "console", "dashboards-bench", "dashboards-demo"), Set.of());
            if (args.value("cold-start").isPresent()) {
                System.out.print(coldStartTable(lines(Path.of(args.required("cold-start"))),
                        lines(Path.of(args.required("rss")))));
            } else {
                Measurements m = new Measurements(ResultRows.read(List.of(Path.of(args.required("results"))), Set.of()));
                List<JsonNode> moves = args.value("moves").isPresent()
                        ? ResultRows.read(List.of(Path.of(args.required("moves"))), Set.of()) : List.of();
                List<Targets.Export> exports = args.value("exports").isPresent()
                        ? exports(lines(Path.of(args.required("exports")))) : List.of();
                List<Verdict> verdicts = new ArrayList<>(Targets.judge(m, args.intValue("wrk-connections", 0), exports, moves));
                if (args.value("light-scan").isPresent()) {
                    verdicts.add(Targets.judge(lightScan(lines(Path.of(args.required("light-scan")))), m));
                }
                if (args.value("console").isPresent()) {
                    verdicts.add(Targets.judge(queuePaint(lines(Path.of(args.required("console"))))));
                }
                for (String data : List.of("bench", "demo")) {
                    if (args.value("dashboards-" + data).isPresent()) {
                        verdicts.addAll(Targets.judge(dashboards(data, lines(Path.of(args.required("dashboards-" + data))))));
                    }
                }
                System.out.print(targetsTable(verdicts));
            }
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("verdicts: no such file " + e.getMessage());
            return BAD_OPTIONS;
        } catch (IllegalArgumentException e) {
            System.err.println("verdicts: " + e.getMessage());
            System.err.print(USAGE);
            return BAD_OPTIONS;
        }
    }

    static String targetsTable(List<Verdict> verdicts) {
        StringBuilder out = new StringBuilder("| scenario | target | measured | verdict |\n|---|---|---|---|\n");
        for (Verdict v : verdicts) {
            out.append("| ").append(v.scenario()).append(" | ").append(v.target()).append(" | ").append(v.measured())
                    .append(" | ").append(v.word()).append(" |\n");
        }
        return out.toString();
    }

    /** Lines "name ms quarkus-started-in…" of the cold starts, and "name rss-mb [wrk-rate]" of the memory readings. */
    static String coldStartTable(List<String> coldStarts, List<String> rss) {
        Map<String, OptionalDouble> memory = new HashMap<>();
        for (String line : rss) {
            String[] f = line.trim().split("\\s+");
            memory.put(f[0], f.length > 1 && !f[1].isEmpty() ? OptionalDouble.of(Double.parseDouble(f[1])) : OptionalDouble.empty());
        }
        StringBuilder out = new StringBuilder("| component | first successful response | Quarkus \"started in\" | RSS after load | verdict |\n"
                + "|---|---|---|---|---|\n");
        for (String line : coldStarts) {
            String[] f = line.trim().split("\\s+", 3);
            Targets.ColdStart c = new Targets.ColdStart(f[0], Long.parseLong(f[1]), f.length > 2 ? f[2] : "",
                    memory.getOrDefault(f[0], OptionalDouble.empty()));
            out.append("| ").append(c.component()).append(" | ").append(c.firstAnswerMs()).append(" ms | ")
                    .append(c.quarkusStartedIn()).append(" | ").append(Verdict.number(c.rssMb())).append(" MB | ")
                    .append(Targets.met(c) ? "**met**" : "**missed**").append(" |\n");
        }
        return out.toString();
    }

    /** Lines "format status seconds bytes rows rss-mb" of the exports. */
    static List<Targets.Export> exports(List<String> lines) {
        List<Targets.Export> exports = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 6) {
                throw new IllegalArgumentException("an export line has six fields: " + line);
            }
            exports.add(new Targets.Export(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5]));
        }
        return exports;
    }

    /** The line "cases seconds longest-lock-wait-ms" of the light scan. */
    static Targets.LightScan lightScan(List<String> lines) {
        String[] f = lines.isEmpty() ? new String[0] : lines.get(0).trim().split("\\s+");
        if (f.length != 3) {
            throw new IllegalArgumentException("the light scan's line has three fields: cases seconds longest-lock-wait-ms");
        }
        return new Targets.LightScan(Long.parseLong(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2]));
    }

    /** Lines "lcp-ms rows-ms click-to-rows-ms element" of the console's paint runs (console/tests/bench). */
    static Targets.QueuePaint queuePaint(List<String> lines) {
        List<Long> lcp = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2) {
                throw new IllegalArgumentException("a console paint line starts with lcp-ms rows-ms: " + line);
            }
            lcp.add(Long.parseLong(f[0]));
            rows.add(Long.parseLong(f[1]));
        }
        return new Targets.QueuePaint(lcp, rows);
    }

    /** Lines "dashboard ms" of the dashboards' loads (console/tests/bench/dashboards.bench.ts) on one data set. */
    static Targets.DashboardRender dashboards(String data, List<String> lines) {
        Map<String, List<Long>> ms = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 2) {
                throw new IllegalArgumentException("a dashboard line is: dashboard ms: " + line);
            }
            ms.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[1]));
        }
        return new Targets.DashboardRender(data, ms);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
