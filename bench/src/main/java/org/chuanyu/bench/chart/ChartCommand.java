package org.chuanyu.bench.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chuanyu.bench.load.Args;
import org.chuanyu.bench.report.ReportCommand;
import org.chuanyu.bench.report.ResultRows;

/**
 * {@code bench.jar chart --out FILE.svg --title T --in A.jsonl [--in ...] [--scenario NAME ...]
 * [--target-ms N ...]}: p99 and p50 against offered rate for each scenario's open-model rows.
 */
public final class ChartCommand {

    static final int BAD_OPTIONS = 2;
    private static final String DEFAULT_TITLE = "Latency against offered load";
    private static final String USAGE = "usage: chart --out FILE.svg --in RESULTS.jsonl [--in ...] [--title T]"
            + " [--scenario NAME ...] [--target-ms N ...]\n";

    private ChartCommand() {
    }

    public static int run(String[] argv) throws IOException {
        try {
            Args args = Args.parse(argv, Set.of("out", "title", "in", "scenario", "target-ms"), Set.of());
            Path out = Path.of(args.required("out"));
            if (args.values("in").isEmpty()) {
                throw new IllegalArgumentException("option --in is required");
            }
            List<JsonNode> rows = ResultRows.read(args.values("in").stream().map(Path::of).toList(),
                    args.values("scenario"));
            List<Series> series = Series.fromRows(rows);
            if (series.isEmpty()) {
                throw new IllegalArgumentException("no open-model rows (\"mode\":\"open\" with an offeredRate) to draw");
            }
            String svg = new SvgChart(args.value("title").orElse(DEFAULT_TITLE), series, targets(args)).render();
            ReportCommand.writeAtomically(out, svg.getBytes(StandardCharsets.UTF_8));
            System.out.println(out + ": " + series.size() + " series");
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("chart: no such file " + e.getMessage());
            return BAD_OPTIONS;
        } catch (IllegalArgumentException e) {
            System.err.println("chart: " + e.getMessage());
            System.err.print(USAGE);
            return BAD_OPTIONS;
        }
    }

    private static List<Double> targets(Args args) {
        List<Double> targets = new ArrayList<>();
        for (String value : args.values("target-ms")) {
            try {
                double target = Double.parseDouble(value);
                if (!(target > 0)) {
                    throw new NumberFormatException();
                }
                targets.add(target);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--target-ms must be a positive number, not '" + value + "'");
            }
        }
        return targets;
    }
}
