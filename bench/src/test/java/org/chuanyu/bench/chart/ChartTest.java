package org.chuanyu.bench.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    private static String row(String scenario, String mode, Object rate, double p50, double p99) {
        return "{\"scenario\":\"" + scenario + "\",\"tool\":\"loadgen\",\"mode\":\"" + mode + "\",\"offeredRate\":" + rate
                + ",\"p50\":" + p50 + ",\"p99\":" + p99 + "}\n";
    }

    private Path results() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Files.writeString(a, row("case-submission", "open", 100, 2.5, 8.0)
                + row("case-submission", "open", 400, 4.1, 21.3)
                + row("case-submission", "open", 200, 3.0, 0.0)
                + row("wrk-parks", "closed", null, 3.0, 12.0));
        Path b = dir.resolve("b.jsonl");
        Files.writeString(b, row("list-parks & <things>", "open", 100, 1.0, 5.0)
                + row("list-parks & <things>", "open", 800, 40.0, 1200.0));
        return a;
    }

    private Document draw(String... extra) throws Exception {
        Path a = results();
        Path out = dir.resolve("docs/latency.svg");
        String[] base = {"--out", out.toString(), "--title", "Latency \"now\"", "--in", a.toString(),
                "--in", dir.resolve("b.jsonl").toString(), "--target-ms", "100", "--target-ms", "20"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        assertEquals(0, ChartCommand.run(args));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out)));
    }

    @Test
    void drawsOnePolylinePerSeriesAndPercentileWithTargetsTitleAndDescription() throws Exception {
        Document svg = draw();
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("Latency \"now\"", root.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());
        assertTrue(root.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent().contains("list-parks & <things>"));

        NodeList series = root.getElementsByTagNameNS(SVG_NS, "g");
        int seriesGroups = 0;
        int targets = 0;
        for (int i = 0; i < series.getLength(); i++) {
            Element g = (Element) series.item(i);
            if (g.getAttribute("class").equals("series")) {
                seriesGroups++;
                NodeList lines = g.getElementsByTagNameNS(SVG_NS, "polyline");
                assertEquals(2, lines.getLength());
                assertEquals("p99", ((Element) lines.item(0)).getAttribute("class"));
                assertEquals("p50", ((Element) lines.item(1)).getAttribute("class"));
                assertTrue(((Element) lines.item(1)).hasAttribute("stroke-dasharray"), "p50 dashed");
            }
            if (g.getAttribute("class").equals("target")) {
                targets++;
                assertTrue(g.getTextContent().strip().startsWith("target "), g.getTextContent());
            }
        }
        assertEquals(2, seriesGroups, "the closed-model row is not drawn");
        assertEquals(4, root.getElementsByTagNameNS(SVG_NS, "polyline").getLength());
        assertEquals(2, targets);

        // Points sorted by rate: x increases along each polyline.
        Element first = (Element) root.getElementsByTagNameNS(SVG_NS, "polyline").item(0);
        String[] points = first.getAttribute("points").split(" ");
        assertEquals(3, points.length);
        double previous = -1;
        for (String point : points) {
            double x = Double.parseDouble(point.split(",")[0]);
            assertTrue(x > previous);
            previous = x;
        }
    }

    @Test
    void theScenarioOptionKeepsOnlyTheNamedSeries() throws Exception {
        Document svg = draw("--scenario", "case-submission");
        assertEquals(2, svg.getDocumentElement().getElementsByTagNameNS(SVG_NS, "polyline").getLength());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        draw();
        byte[] first = Files.readAllBytes(dir.resolve("docs/latency.svg"));
        draw();
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("docs/latency.svg")));
    }

    @Test
    void labelsArePlainNumbers() {
        assertEquals("0.1", SvgChart.number(0.1));
        assertEquals("1000", SvgChart.number(1000));
        assertEquals("0.6", SvgChart.number(3 * 0.2));
        assertEquals("250", SvgChart.number(250.0));
    }

    @Test
    void nothingToDrawIsAnError() throws Exception {
        Path closed = dir.resolve("closed.jsonl");
        Files.writeString(closed, row("wrk", "closed", null, 1, 2), StandardCharsets.UTF_8);
        assertEquals(ChartCommand.BAD_OPTIONS,
                ChartCommand.run(new String[] {"--out", dir.resolve("x.svg").toString(), "--in", closed.toString()}));
    }
}
