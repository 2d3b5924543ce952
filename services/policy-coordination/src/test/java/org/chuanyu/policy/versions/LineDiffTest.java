package org.chuanyu.policy.versions;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDiffTest {

    static final long UNBOUNDED = Long.MAX_VALUE;

    static List<LineDiff.Line> diff(String older, String newer) {
        LineDiff.Result result = LineDiff.between(older, newer, UNBOUNDED);
        assertTrue(result.exact());
        return result.lines();
    }

    @Test
    void aReplacedLineIsRemovedThenAdded() {
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.KEPT, "a", 1, 1), new LineDiff.Line(LineDiff.Op.REMOVED, "b", 2, null),
                new LineDiff.Line(LineDiff.Op.ADDED, "B", null, 2), new LineDiff.Line(LineDiff.Op.KEPT, "c", 3, 3),
                new LineDiff.Line(LineDiff.Op.ADDED, "d", null, 4)), diff("a\nb\nc", "a\nB\nc\nd"));
    }

    @Test
    void emptyTexts() {
        assertEquals(List.of(), diff("", ""));
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.ADDED, "x", null, 1)), diff("", "x"));
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.REMOVED, "x", 1, null)), diff("x", ""));
    }

    @Test
    void movedLinesKeepTheLongestCommonPart() {
        List<LineDiff.Op> ops = diff("1\n2\n3\n4", "2\n3\n4\n1").stream().map(LineDiff.Line::op).toList();
        assertEquals(List.of(LineDiff.Op.REMOVED, LineDiff.Op.KEPT, LineDiff.Op.KEPT, LineDiff.Op.KEPT, LineDiff.Op.ADDED), ops);
    }

    /** Against the textbook quadratic table, on random texts over a small alphabet (many ties). */
    @Test
    void keepsAsManyLinesAsTheFullTableFinds() {
        Random random = new Random(20261201);
        for (int round = 0; round < 300; round++) {
            String older = randomText(random);
            String newer = randomText(random);
            List<LineDiff.Line> lines = diff(older, newer);
            long kept = lines.stream().filter(l -> l.op() == LineDiff.Op.KEPT).count();
            assertEquals(longestCommon(older.split("\n", -1), newer.split("\n", -1)), kept, older + " | " + newer);
            assertEquals(older, rebuild(lines, LineDiff.Op.ADDED), "the older text is the diff less its added lines");
            assertEquals(newer, rebuild(lines, LineDiff.Op.REMOVED), "the newer text is the diff less its removed lines");
        }
    }

    @Test
    void twoTextsOfSixThousandDifferentLinesAreDiffedInLinearMemory() {
        String older = IntStream.range(0, 6000).mapToObj(i -> "第" + i + "条").collect(Collectors.joining("\n"));
        String newer = IntStream.range(0, 6000).mapToObj(i -> i % 3 == 0 ? "第" + i + "条" : "改" + i)
                .collect(Collectors.joining("\n"));
        LineDiff.Result result = LineDiff.between(older, newer, 64_000_000);
        assertTrue(result.exact());
        assertEquals(2000, result.lines().stream().filter(l -> l.op() == LineDiff.Op.KEPT).count());
    }

    @Test
    void pastTheWorkBoundTheMiddleIsRemovedThenAddedAndSaidToBeInexact() {
        LineDiff.Result result = LineDiff.between("head\na\nb\nc\ntail", "head\nb\nx\ntail", 5);
        assertFalse(result.exact());
        assertEquals(List.of(LineDiff.Op.KEPT, LineDiff.Op.REMOVED, LineDiff.Op.REMOVED, LineDiff.Op.REMOVED,
                LineDiff.Op.ADDED, LineDiff.Op.ADDED, LineDiff.Op.KEPT), result.lines().stream().map(LineDiff.Line::op).toList());
    }

    static String randomText(Random random) {
        return IntStream.range(0, random.nextInt(12)).mapToObj(i -> String.valueOf((char) ('a' + random.nextInt(3))))
                .collect(Collectors.joining("\n"));
    }

    static String rebuild(List<LineDiff.Line> lines, LineDiff.Op without) {
        return lines.stream().filter(l -> l.op() != without).map(LineDiff.Line::text).collect(Collectors.joining("\n"));
    }

    static long longestCommon(String[] a, String[] b) {
        if (a.length == 1 && a[0].isEmpty()) {
            a = new String[0];
        }
        if (b.length == 1 && b[0].isEmpty()) {
            b = new String[0];
        }
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                t[i][j] = a[i].equals(b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
