package org.chuanyu.bench.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each target judged from rows like the bench writes, on both sides of its bound. */
class TargetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode row(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode open(String scenario, double rate, double p50, double p99, int errors) {
        return row("{\"scenario\":\"" + scenario + "\",\"mode\":\"open\",\"offeredRate\":" + rate + ",\"p50\":" + p50
                + ",\"p99\":" + p99 + ",\"errors\":" + errors + "}");
    }

    private static JsonNode closed(String scenario, double throughput) {
        return row("{\"scenario\":\"" + scenario + "\",\"mode\":\"closed\",\"offeredRate\":null,\"throughput\":" + throughput + "}");
    }

    private static Verdict named(List<Verdict> verdicts, String scenario) {
        return verdicts.stream().filter(v -> v.scenario().equals(scenario)).findFirst().orElseThrow();
    }

    private static List<Verdict> judge(List<JsonNode> rows) {
        return Targets.judge(new Measurements(rows), 64, List.of(), List.of());
    }

    @Test
    void theGatewayMayAddOneMillisecondAtTheMedianAndMustReachNinetyPercentOfNginx() {
        List<JsonNode> rows = new ArrayList<>(List.of(open("get-direct", 500, 1.2, 3, 0), open("get-gateway", 500, 2.1, 4, 0),
                closed("get-nginx", 10000), closed("get-gateway", 9050)));
        List<Verdict> verdicts = judge(rows);
        assertTrue(named(verdicts, "gateway overhead").met());
        assertEquals("p50 at 500 req/s: direct 1.2 ms, gateway 2.1 ms", named(verdicts, "gateway overhead").measured());
        assertTrue(named(verdicts, "gateway throughput").met());
        assertEquals("90 % (wrk, 64 connections)", named(verdicts, "gateway throughput").measured());

        rows.add(open("get-gateway", 500, 2.3, 4, 0)); // the last step at that rate counts
        rows.add(closed("get-gateway", 8999));
        verdicts = judge(rows);
        assertFalse(named(verdicts, "gateway overhead").met());
        assertFalse(named(verdicts, "gateway throughput").met());
    }

    @Test
    void aRateCountsOnlyWhenItsStepHadNoErrorsAndMetTheBound() {
        List<Verdict> verdicts = judge(List.of(open("case-submission", 800, 5, 30, 0), open("case-submission", 1200, 9, 45, 3),
                open("case-submission", 1000, 8, 49, 0), open("work-queue", 300, 5, 25, 0)));
        Verdict submission = named(verdicts, "case submission, 1M cases stored");
        assertEquals("highest rate with p99 ≤ 50 ms: 1000/s", submission.measured());
        assertTrue(submission.met());
        Verdict queue = named(verdicts, "clerk's work queue");
        assertEquals("highest rate with p99 ≤ 20 ms: none/s", queue.measured());
        assertFalse(queue.met());
        assertEquals("**missed**", queue.word());
    }

    @Test
    void nothingMeasuredIsMissedNotMet() {
        List<Verdict> verdicts = judge(List.of());
        assertTrue(verdicts.stream().noneMatch(Verdict::met));
        assertEquals("p50 at 500 req/s: direct ? ms, gateway ? ms", named(verdicts, "gateway overhead").measured());
    }

    @Test
    void exportsMustAnswer200AndAMoveMustReachEveryProjectWithinFiveSeconds() {
        List<Targets.Export> exports = VerdictsCommand.exports(List.of("xlsx 200 41 9000000 100000 180.5", "csv 503 2 0 0 90.1"));
        List<JsonNode> moves = List.of(
                row("{\"p50\":800,\"p99\":4200,\"max\":4900,\"moves\":20,\"projectsPerPark\":50,\"notFollowedWithinTimeout\":0}"),
                row("{\"p50\":800,\"p99\":4200,\"max\":9000,\"moves\":20,\"projectsPerPark\":50,\"notFollowedWithinTimeout\":1}"));
        List<Verdict> verdicts = Targets.judge(new Measurements(List.of()), 64, exports, moves);
        List<Boolean> tail = verdicts.subList(verdicts.size() - 4, verdicts.size()).stream().map(Verdict::met).toList();
        assertEquals(List.of(true, false, true, false), tail);
        assertEquals("200 in 41 s, 9000000 bytes, 100000 rows, RSS after 180.5 MB",
                verdicts.get(verdicts.size() - 4).measured());
    }

    @Test
    void aColdStartIsMetWithinTwoSecondsAndTwoHundredMegabytes() {
        assertTrue(Targets.met(new Targets.ColdStart("parks", 1900, "1.8s", OptionalDouble.of(199))));
        assertFalse(Targets.met(new Targets.ColdStart("parks", 2100, "2.0s", OptionalDouble.of(150))));
        assertFalse(Targets.met(new Targets.ColdStart("parks", 1000, "0.9s", OptionalDouble.empty())));
        String table = VerdictsCommand.coldStartTable(List.of("gateway 1500 started in 1.2s"), List.of("gateway 210.3 4000"));
        assertTrue(table.endsWith("| gateway | 1500 ms | started in 1.2s | 210.3 MB | **missed** |\n"), table);
    }

    @Test
    void theLightScanMustEndWithinAMinuteWhileSubmissionsAreServed() {
        Measurements served = new Measurements(List.of(open("case-submission-during-scan", 50, 9, 31, 0)));
        Targets.LightScan scan = VerdictsCommand.lightScan(List.of("41000 48.5 27"));
        Verdict verdict = Targets.judge(scan, served);
        assertTrue(verdict.met());
        assertEquals("41000 cases in 48.5 s; submissions at 50/s meanwhile: p99 31 ms, errors 0; longest lock wait seen"
                + " 27 ms", verdict.measured());
        assertFalse(Targets.judge(new Targets.LightScan(41000, 61, 0), served).met());
        assertFalse(Targets.judge(scan, new Measurements(List.of(open("case-submission-during-scan", 50, 9, 101, 0)))).met());
        assertFalse(Targets.judge(scan, new Measurements(List.of(open("case-submission-during-scan", 50, 9, 31, 2)))).met());
        assertFalse(Targets.judge(scan, new Measurements(List.of())).met());
    }

    @Test
    void theAssignedAndRedQueuesAreHeldToTheQueuesBound() {
        List<Verdict> verdicts = judge(List.of(open("work-queue-mine", 300, 4, 19, 0), open("work-queue-red", 300, 4, 21, 0)));
        assertTrue(named(verdicts, "clerk's own cases (`assignee=me`)").met());
        assertFalse(named(verdicts, "red cards in the queue (`level=RED`)").met());
    }

    @Test
    void theQueueMustPaintWithinOneAndAHalfSecondsInItsSlowestRun() {
        Targets.QueuePaint paint = VerdictsCommand.queuePaint(List.of("620 700 1400 td.el-table__cell",
                "900 880 1700 div.brand", "1480 1500 2100 td.el-table__cell"));
        Verdict verdict = Targets.judge(paint);
        assertTrue(verdict.met());
        assertEquals("3 runs, each with an empty cache: largest contentful paint median 900 ms, slowest 1480 ms; first"
                + " rows median 880 ms, slowest 1500 ms", verdict.measured());
        // The rows count as much as the largest paint: an early header must not hide a late queue.
        assertFalse(Targets.judge(VerdictsCommand.queuePaint(List.of("400 1501 1800 h1.title"))).met());
        assertFalse(Targets.judge(VerdictsCommand.queuePaint(List.of("1501 900 1800 td"))).met());
        assertFalse(Targets.judge(new Targets.QueuePaint(List.of(), List.of())).met());
    }

    @Test
    void eachDashboardMustBeDrawnWithinItsDataSetsLimitInItsSlowestLoad() {
        List<Verdict> bench = Targets.judge(VerdictsCommand.dashboards("bench",
                List.of("cases 2100", "cases 2990", "projects 800", "projects 3001")));
        assertEquals(2, bench.size());
        assertTrue(bench.get(0).met());
        assertEquals("2 loads: median 2100 ms, slowest 2990 ms", bench.get(0).measured());
        assertFalse(bench.get(1).met());
        // The demo data has half the time.
        assertFalse(Targets.judge(VerdictsCommand.dashboards("demo", List.of("cases 1501"))).get(0).met());
        assertTrue(Targets.judge(VerdictsCommand.dashboards("demo", List.of("parks 1500"))).get(0).met());
        assertThrows(IllegalArgumentException.class, () -> VerdictsCommand.dashboards("demo", List.of("cases")));
    }
}
