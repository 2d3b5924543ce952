package org.chuanyu.bench.report;

import java.util.regex.Pattern;

/**
 * Replaces the generated part of a markdown page: everything between the lines
 * {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}. The text is handled as ISO-8859-1
 * (one char per byte) so that whatever lies outside the markers, valid UTF-8 or not, is written back
 * byte for byte; the markers themselves are ASCII.
 */
public final class MarkdownSection {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String NEWLINE = "\n";

    private MarkdownSection() {
    }

    static String startMarker(String name) {
        return "<!-- bench:" + name + " -->";
    }

    static String endMarker(String name) {
        return "<!-- /bench:" + name + " -->";
    }

    static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("section name must be letters, digits, '.', '_' or '-', not '" + name + "'");
        }
    }

    /**
     * @return the document with the section's body replaced by {@code content}, or with the section
     *     appended at the end when the document has no such markers
     * @throws IllegalArgumentException when the markers are duplicated, unbalanced or out of order
     */
    public static String apply(String document, String name, String content) {
        checkName(name);
        String body = content.isEmpty() || content.endsWith(NEWLINE) ? content : content + NEWLINE;
        Line start = findLine(document, startMarker(name));
        Line end = findLine(document, endMarker(name));
        if (start == null && end == null) {
            return document + NEWLINE + startMarker(name) + NEWLINE + body + endMarker(name) + NEWLINE;
        }
        if (start == null || end == null || end.begin() < start.end()) {
            throw new IllegalArgumentException("section " + name + ": need " + startMarker(name)
                    + " followed later by " + endMarker(name) + ", each on a line of its own");
        }
        return document.substring(0, start.end()) + body + document.substring(end.begin());
    }

    /** A line's start offset and the offset just past its line break. */
    private record Line(int begin, int end) {
    }

    /** The one line whose text (surrounding spaces ignored) is the marker; null if none. */
    private static Line findLine(String document, String marker) {
        Line found = null;
        int begin = 0;
        while (begin < document.length()) {
            int newline = document.indexOf('\n', begin);
            int end = newline < 0 ? document.length() : newline + 1;
            if (document.substring(begin, newline < 0 ? end : newline).strip().equals(marker)) {
                if (found != null) {
                    throw new IllegalArgumentException("marker " + marker + " appears more than once");
                }
                found = new Line(begin, end);
            }
            begin = end;
        }
        return found;
    }
}
