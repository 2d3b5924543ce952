package org.chuanyu.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownTableTest {

    private static final String OPEN_ROW = "{\"scenario\":\"case-submission\",\"tool\":\"loadgen\",\"mode\":\"open\","
            + "\"offeredRate\":400,\"seconds\":30,\"sent\":12000,\"completed\":12000,\"errors\":3,"
            + "\"statuses\":{\"201\":11997,\"503\":3},\"throughput\":399.8,\"p50\":4.1,\"p90\":7.9,\"p99\":21.3,"
            + "\"p999\":40.2,\"max\":55.0,\"processes\":{\"gateway\":{\"cpuPercent\":61.0,\"rssMaxMb\":180.5},"
            + "\"loadgen\":{\"cpuPercent\":20.2,\"rssMaxMb\":90.1}}}";
    private static final String CLOSED_ROW = "{\"scenario\":\"list-parks\",\"tool\":\"wrk\",\"mode\":\"closed\","
            + "\"offeredRate\":null,\"seconds\":30,\"throughput\":1520.25,\"p50\":3,\"p90\":6.04,\"p99\":12.96,"
            + "\"max\":80,\"errors\":0}";
    private static final String CLOSED_ROW_WITHOUT_RATE = "{\"scenario\":\"a|b\",\"tool\":\"wrk\",\"mode\":\"closed\","
            + "\"throughput\":10,\"p50\":1,\"p90\":2,\"p99\":3,\"max\":4,\"errors\":1}";

    @TempDir
    Path dir;

    @Test
    void rendersOpenAndClosedRows() throws Exception {
        Path in = dir.resolve("results.jsonl");
        Files.writeString(in, OPEN_ROW + "\n\n" + CLOSED_ROW + "\n" + CLOSED_ROW_WITHOUT_RATE + "\n");
        String table = MarkdownTable.render(ResultRows.read(List.of(in), List.of()));
        assertEquals(MarkdownTable.HEADER + "\n" + MarkdownTable.ALIGNMENT + "\n"
                + "| case-submission | loadgen/open | 400 | 399.8 | 4.1 | 7.9 | 21.3 | 55.0 | 3 | gateway 61% CPU, 181 MB; loadgen 20% CPU, 90 MB |\n"
                + "| list-parks | wrk/closed | max | 1520.3 | 3.0 | 6.0 | 13.0 | 80.0 | 0 |  |\n"
                + "| a\\|b | wrk/closed | max | 10.0 | 1.0 | 2.0 | 3.0 | 4.0 | 1 |  |\n", table);
    }

    @Test
    void filtersByScenario() throws Exception {
        Path in = dir.resolve("results.jsonl");
        Files.writeString(in, OPEN_ROW + "\n" + CLOSED_ROW + "\n");
        String table = MarkdownTable.render(ResultRows.read(List.of(in), List.of("list-parks")));
        assertEquals(3, table.lines().count());
        assertEquals(true, table.contains("| list-parks |"));
    }

    @Test
    void theCommandRejectsALineThatIsNotJson() throws Exception {
        Path in = dir.resolve("broken.jsonl");
        Files.writeString(in, OPEN_ROW + "\nnot json\n");
        assertEquals(TableCommand.BAD_OPTIONS, TableCommand.run(new String[] {"--in", in.toString()}));
        assertEquals(TableCommand.BAD_OPTIONS, TableCommand.run(new String[] {"--in", dir.resolve("none").toString()}));
        assertEquals(TableCommand.BAD_OPTIONS, TableCommand.run(new String[] {"--in", in.toString(), "--scenario", "x"}),
                "a broken line fails even when its scenario is filtered out");
    }
}
