package org.chuanyu.policy.versions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line diff of two texts through their longest common subsequence of lines: lines of both are
 * kept, lines only in the older text are removed, lines only in the newer one are added; between two
 * kept lines, the removed lines come first, so a replaced line reads as removed, then added.
 * <p>
 * Memory is linear in the number of lines (Hirschberg's divide and conquer over two rows of the
 * table), never the (n+1)×(m+1) table: a 6,000-line text against another killed the service at its
 * production heap. Time is the product of the line counts once the common head and tail are set
 * aside, so it is bounded by {@code maxLinePairs}: past it, the differing middle is shown as removed,
 * then added, which is a true diff if not the shortest, and the result says it is not exact.
 */
public final class LineDiff {

    /** What happened to a line. */
    public enum Op { KEPT, REMOVED, ADDED }

    /** One line of the diff, with its line numbers in the older and newer text (null where absent). */
    public record Line(Op op, String text,
                       @Schema(description = "Line number in the older version; null for an added line", nullable = true)
                       Integer oldLine,
                       @Schema(description = "Line number in the newer version; null for a removed line", nullable = true)
                       Integer newLine) {
    }

    /** The diff, and whether it is the shortest one (false when the work bound was reached). */
    public record Result(List<Line> lines, boolean exact) {
    }

    private LineDiff() {
    }

    public static Result between(String older, String newer, long maxLinePairs) {
        String[] a = lines(older);
        String[] b = lines(newer);
        int[][] ids = ids(a, b);
        int[] x = ids[0];
        int[] y = ids[1];
        boolean[] keptA = new boolean[x.length];
        boolean[] keptB = new boolean[y.length];
        int head = 0;
        while (head < x.length && head < y.length && x[head] == y[head]) {
            keptA[head] = keptB[head] = true;
            head++;
        }
        int tailA = x.length;
        int tailB = y.length;
        while (tailA > head && tailB > head && x[tailA - 1] == y[tailB - 1]) {
            keptA[--tailA] = keptB[--tailB] = true;
        }
        boolean exact = (long) (tailA - head) * (tailB - head) <= maxLinePairs;
        if (exact) {
            int[] forward = new int[tailB - head + 1];
            int[] backward = new int[tailB - head + 1];
            common(x, head, tailA, y, head, tailB, keptA, keptB, forward, backward);
        }
        return new Result(walk(a, b, keptA, keptB), exact);
    }

    /** Marks a longest common subsequence of x[aLo..aHi) and y[bLo..bHi) in keptA and keptB. */
    private static void common(int[] x, int aLo, int aHi, int[] y, int bLo, int bHi, boolean[] keptA, boolean[] keptB,
                               int[] forward, int[] backward) {
        if (aLo >= aHi || bLo >= bHi) {
            return;
        }
        if (aHi - aLo == 1) {
            for (int j = bLo; j < bHi; j++) {
                if (y[j] == x[aLo]) {
                    keptA[aLo] = keptB[j] = true;
                    return;
                }
            }
            return;
        }
        int mid = (aLo + aHi) >>> 1;
        int width = bHi - bLo;
        lengthsForward(x, aLo, mid, y, bLo, bHi, forward);
        lengthsBackward(x, mid, aHi, y, bLo, bHi, backward);
        // Split y where the two halves together keep the most lines.
        int split = 0;
        int best = -1;
        for (int k = 0; k <= width; k++) {
            int kept = forward[k] + backward[width - k];
            if (kept > best) {
                best = kept;
                split = k;
            }
        }
        common(x, aLo, mid, y, bLo, bLo + split, keptA, keptB, forward, backward);
        common(x, mid, aHi, y, bLo + split, bHi, keptA, keptB, forward, backward);
    }

    /** out[k]: the longest common subsequence of x[aLo..aHi) and y[bLo..bLo+k). */
    private static void lengthsForward(int[] x, int aLo, int aHi, int[] y, int bLo, int bHi, int[] out) {
        int width = bHi - bLo;
        Arrays.fill(out, 0, width + 1, 0);
        for (int i = aLo; i < aHi; i++) {
            int diagonal = 0;
            for (int k = 1; k <= width; k++) {
                int above = out[k];
                out[k] = x[i] == y[bLo + k - 1] ? diagonal + 1 : Math.max(above, out[k - 1]);
                diagonal = above;
            }
        }
    }

    /** out[k]: the longest common subsequence of x[aLo..aHi) and y[bHi-k..bHi). */
    private static void lengthsBackward(int[] x, int aLo, int aHi, int[] y, int bLo, int bHi, int[] out) {
        int width = bHi - bLo;
        Arrays.fill(out, 0, width + 1, 0);
        for (int i = aHi - 1; i >= aLo; i--) {
            int diagonal = 0;
            for (int k = 1; k <= width; k++) {
                int above = out[k];
                out[k] = x[i] == y[bHi - k] ? diagonal + 1 : Math.max(above, out[k - 1]);
                diagonal = above;
            }
        }
    }

    private static List<Line> walk(String[] a, String[] b, boolean[] keptA, boolean[] keptB) {
        List<Line> diff = new ArrayList<>(Math.max(a.length, b.length));
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && !keptA[i]) {
                diff.add(new Line(Op.REMOVED, a[i], i + 1, null));
                i++;
            } else if (j < b.length && !keptB[j]) {
                diff.add(new Line(Op.ADDED, b[j], null, j + 1));
                j++;
            } else {
                diff.add(new Line(Op.KEPT, a[i], i + 1, j + 1));
                i++;
                j++;
            }
        }
        return diff;
    }

    /** Each distinct line as a number, so that the table compares ints, not strings. */
    private static int[][] ids(String[] a, String[] b) {
        Map<String, Integer> seen = new HashMap<>();
        int[] x = new int[a.length];
        int[] y = new int[b.length];
        for (int i = 0; i < a.length; i++) {
            x[i] = seen.computeIfAbsent(a[i], s -> seen.size());
        }
        for (int j = 0; j < b.length; j++) {
            y[j] = seen.computeIfAbsent(b[j], s -> seen.size());
        }
        return new int[][] {x, y};
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\n", -1);
    }
}
