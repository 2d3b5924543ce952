package org.chuanyu.e2e.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strings that match a schema's {@code pattern}, for the "easy" subset of regular expressions the document uses:
 * literals, escapes ({@code \d \w \s \S} and escaped punctuation), classes with ranges, groups with alternatives,
 * anchors and the quantifiers {@code ? * + {n} {n,} {n,m}}. Anything else (look-arounds, back references…) gives
 * {@link Optional#empty()} and the caller falls back to plain text.
 */
final class PatternStrings {

    /** Characters the fuzzer writes for "any non-space character": ASCII, digits and some Chinese. */
    static final String NON_SPACE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,()（）〔〕、川渝园区高竹新区项目政策办理";
    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    private static final int UNBOUNDED = 4;

    private final String pattern;
    private int pos;

    private PatternStrings(String pattern) {
        this.pattern = pattern;
    }

    static Optional<Arbitrary<String>> of(String pattern) {
        try {
            PatternStrings p = new PatternStrings(pattern);
            Arbitrary<String> a = p.alternatives();
            return p.pos == pattern.length() ? Optional.of(a) : Optional.empty();
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }

    /** Anchored at both ends (otherwise the pattern need only occur somewhere in the value). */
    static boolean anchored(String pattern) {
        return pattern.startsWith("^") && pattern.endsWith("$");
    }

    private Arbitrary<String> alternatives() {
        List<Arbitrary<String>> options = new ArrayList<>();
        options.add(sequence());
        while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : Arbitraries.oneOf(options);
    }

    private Arbitrary<String> sequence() {
        List<Arbitrary<String>> parts = new ArrayList<>();
        while (pos < pattern.length() && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') {
            Arbitrary<String> atom = atom();
            parts.add(quantified(atom));
        }
        if (parts.isEmpty()) {
            return Arbitraries.just("");
        }
        return Combinators.combine(parts).as(list -> String.join("", list));
    }

    private Arbitrary<String> atom() {
        char c = pattern.charAt(pos++);
        switch (c) {
            case '^', '$' -> {
                return Arbitraries.just("");
            }
            case '(' -> {
                if (pattern.startsWith("?:", pos)) {
                    pos += 2;
                } else if (pattern.charAt(pos) == '?') {
                    throw new IllegalArgumentException("unsupported group");
                }
                Arbitrary<String> inner = alternatives();
                expect(')');
                return inner;
            }
            case '[' -> {
                return klass().map(String::valueOf);
            }
            case '.' -> {
                return Arbitraries.of(chars(NON_SPACE)).map(String::valueOf);
            }
            case '\\' -> {
                return escape(pattern.charAt(pos++)).map(String::valueOf);
            }
            case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier");
            default -> {
                return Arbitraries.just(String.valueOf(c));
            }
        }
    }

    private Arbitrary<Character> escape(char e) {
        return switch (e) {
            case 'd' -> Arbitraries.chars().range('0', '9');
            case 'w' -> Arbitraries.of(chars(WORD));
            case 's' -> Arbitraries.of(' ', '\t');
            case 'S' -> Arbitraries.of(chars(NON_SPACE));
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new IllegalArgumentException("unsupported escape \\" + e);
                }
                yield Arbitraries.just(e);
            }
        };
    }

    private Arbitrary<Character> klass() {
        if (pattern.charAt(pos) == '^') {
            throw new IllegalArgumentException("negated class");
        }
        List<Character> members = new ArrayList<>();
        while (pattern.charAt(pos) != ']') {
            char c = pattern.charAt(pos++);
            if (c == '\\') {
                char e = pattern.charAt(pos++);
                switch (e) {
                    case 'd' -> members.addAll(chars("0123456789"));
                    case 'w' -> members.addAll(chars(WORD));
                    default -> members.add(e);
                }
            } else if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
                char to = pattern.charAt(pos + 1);
                pos += 2;
                for (char x = c; x <= to; x++) {
                    members.add(x);
                }
            } else {
                members.add(c);
            }
        }
        pos++;
        return Arbitraries.of(members);
    }

    private Arbitrary<String> quantified(Arbitrary<String> atom) {
        if (pos >= pattern.length()) {
            return atom;
        }
        char q = pattern.charAt(pos);
        int min;
        int max;
        switch (q) {
            case '?' -> {
                min = 0;
                max = 1;
            }
            case '*' -> {
                min = 0;
                max = UNBOUNDED;
            }
            case '+' -> {
                min = 1;
                max = UNBOUNDED;
            }
            case '{' -> {
                int close = pattern.indexOf('}', pos);
                String[] bounds = pattern.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + UNBOUNDED : Integer.parseInt(bounds[1].trim());
                pos = close;
            }
            default -> {
                return atom;
            }
        }
        pos++;
        return atom.list().ofMinSize(min).ofMaxSize(max).map(list -> String.join("", list));
    }

    private void expect(char c) {
        if (pos >= pattern.length() || pattern.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        pos++;
    }

    private static List<Character> chars(String s) {
        List<Character> out = new ArrayList<>();
        s.chars().forEach(c -> out.add((char) c));
        return out;
    }
}
