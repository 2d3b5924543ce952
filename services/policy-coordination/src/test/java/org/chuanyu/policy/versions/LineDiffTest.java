package org.chuanyu.policy.versions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineDiffTest {

    @Test
    void aReplacedLineIsRemovedThenAdded() {
        List<LineDiff.Line> diff = LineDiff.between("a\nb\nc", "a\nB\nc\nd");
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.KEPT, "a", 1, 1), new LineDiff.Line(LineDiff.Op.REMOVED, "b", 2, null),
                new LineDiff.Line(LineDiff.Op.ADDED, "B", null, 2), new LineDiff.Line(LineDiff.Op.KEPT, "c", 3, 3),
                new LineDiff.Line(LineDiff.Op.ADDED, "d", null, 4)), diff);
    }

    @Test
    void emptyTexts() {
        assertEquals(List.of(), LineDiff.between("", ""));
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.ADDED, "x", null, 1)), LineDiff.between("", "x"));
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.REMOVED, "x", 1, null)), LineDiff.between("x", ""));
    }

    @Test
    void movedLinesKeepTheLongestCommonPart() {
        List<LineDiff.Op> ops = LineDiff.between("1\n2\n3\n4", "2\n3\n4\n1").stream().map(LineDiff.Line::op).toList();
        assertEquals(List.of(LineDiff.Op.REMOVED, LineDiff.Op.KEPT, LineDiff.Op.KEPT, LineDiff.Op.KEPT, LineDiff.Op.ADDED), ops);
    }
}
