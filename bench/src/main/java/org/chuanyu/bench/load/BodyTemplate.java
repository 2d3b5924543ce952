package org.chuanyu.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A request body with placeholders, parsed once so that rendering per request is a cheap walk over
 * segments (the event loop renders thousands of bodies per second).
 *
 * <ul>
 *   <li>{@code ${uuid}}: a fresh random UUID;</li>
 *   <li>{@code ${seq}}: the request's global sequence number (0-based);</li>
 *   <li>{@code ${pick:a|b|c}}: one of the choices, round robin by sequence number.</li>
 * </ul>
 * An unknown placeholder is an error: a typo such as {@code ${uid}} would otherwise be sent verbatim
 * and only show up as a wall of 400s.
 */
public final class BodyTemplate {

    private static final String OPEN = "${";
    private static final String CLOSE = "}";
    private static final String PICK = "pick:";
    private static final String CHOICE_SEPARATOR = "\\|";

    private interface Segment {
        void appendTo(StringBuilder out, long seq);
    }

    private record Literal(String text) implements Segment {
        @Override
        public void appendTo(StringBuilder out, long seq) {
            out.append(text);
        }
    }

    private record Uuid() implements Segment {
        @Override
        public void appendTo(StringBuilder out, long seq) {
            out.append(UUID.randomUUID());
        }
    }

    private record Seq() implements Segment {
        @Override
        public void appendTo(StringBuilder out, long seq) {
            out.append(seq);
        }
    }

    private record Pick(List<String> choices) implements Segment {
        @Override
        public void appendTo(StringBuilder out, long seq) {
            out.append(choices.get((int) (seq % choices.size())));
        }
    }

    private final List<Segment> segments;

    private BodyTemplate(List<Segment> segments) {
        this.segments = segments;
    }

    public static BodyTemplate parse(String template) {
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        while (from < template.length()) {
            int open = template.indexOf(OPEN, from);
            if (open < 0) {
                segments.add(new Literal(template.substring(from)));
                break;
            }
            int close = template.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                throw new IllegalArgumentException("unterminated placeholder at offset " + open);
            }
            if (open > from) {
                segments.add(new Literal(template.substring(from, open)));
            }
            segments.add(placeholder(template.substring(open + OPEN.length(), close)));
            from = close + CLOSE.length();
        }
        return new BodyTemplate(List.copyOf(segments));
    }

    private static Segment placeholder(String name) {
        if (name.equals("uuid")) {
            return new Uuid();
        }
        if (name.equals("seq")) {
            return new Seq();
        }
        if (name.startsWith(PICK) && name.length() > PICK.length()) {
            return new Pick(List.of(name.substring(PICK.length()).split(CHOICE_SEPARATOR, -1)));
        }
        throw new IllegalArgumentException("unknown placeholder ${" + name + "} (known: ${uuid}, ${seq}, ${pick:a|b})");
    }

    public String render(long seq) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            segment.appendTo(out, seq);
        }
        return out.toString();
    }
}
