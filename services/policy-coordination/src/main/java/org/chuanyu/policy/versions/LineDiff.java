package org.chuanyu.policy.versions;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts through their longest common subsequence of lines: lines of both are
 * kept, lines only in the older text are removed, lines only in the newer one are added. Quadratic
 * in the number of lines, which policy texts (provisions, one per line) easily afford.
 */
public final class LineDiff {

    /** What happened to a line. */
    public enum Op { KEPT, REMOVED, ADDED }

    /** One line of the diff, with its line numbers in the older and newer text (null where absent). */
    public record Line(Op op, String text, Integer oldLine, Integer newLine) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String older, String newer) {
        String[] a = lines(older);
        String[] b = lines(newer);
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                diff.add(new Line(Op.KEPT, a[i], i + 1, j + 1));
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                // On a tie the older line goes first, so a replaced line reads as removed, then added.
                diff.add(new Line(Op.REMOVED, a[i], i + 1, null));
                i++;
            } else {
                diff.add(new Line(Op.ADDED, b[j], null, j + 1));
                j++;
            }
        }
        return diff;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\n", -1);
    }
}
