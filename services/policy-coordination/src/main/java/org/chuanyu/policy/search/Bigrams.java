package org.chuanyu.policy.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese full-text search without a Chinese parser: a text is indexed as its overlapping character
 * bigrams (重庆市 → 重庆 庆市) plus its single characters, and a query as its bigrams, all of which must
 * be present. A two-character word is then one bigram and finds every text containing it; a
 * one-character query is looked up among the single characters. Runs of Latin letters and digits are
 * kept whole (lower-cased), so 5G, CNY or a park code are words too.
 */
public final class Bigrams {

    private Bigrams() {
    }

    /** The terms to index for a text, separated by spaces (to_tsvector('simple', …) takes them as they are). */
    public static String indexTerms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String run : runs(text)) {
                if (isHan(run.codePointAt(0))) {
                    terms.addAll(characters(run));
                    terms.addAll(bigrams(run));
                } else {
                    terms.add(run);
                }
            }
        }
        return String.join(" ", terms);
    }

    /** The terms a query must all match: bigrams of Chinese runs (a single character alone), whole other words. */
    public static List<String> queryTerms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String run : runs(query)) {
            if (isHan(run.codePointAt(0))) {
                terms.addAll(run.codePointCount(0, run.length()) == 1 ? List.of(run) : bigrams(run));
            } else {
                terms.add(run);
            }
        }
        return List.copyOf(terms);
    }

    /** A tsquery text requiring every term ({@code '重庆' & '庆市'}); terms hold only letters and digits. */
    public static String tsquery(List<String> terms) {
        return String.join(" & ", terms.stream().map(t -> "'" + t + "'").toList());
    }

    /** Maximal runs of Chinese characters, and of other letters or digits; everything else separates. */
    static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        StringBuilder run = new StringBuilder();
        Boolean runIsHan = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean han = isHan(cp);
            boolean word = han || Character.isLetterOrDigit(cp);
            if (!word || (runIsHan != null && runIsHan != han)) {
                flush(run, runs);
                runIsHan = null;
            }
            if (word) {
                run.appendCodePoint(han ? cp : Character.toLowerCase(cp));
                runIsHan = han;
            }
        }
        flush(run, runs);
        return runs;
    }

    private static void flush(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString().toLowerCase(Locale.ROOT));
            run.setLength(0);
        }
    }

    private static List<String> characters(String run) {
        return run.codePoints().mapToObj(Character::toString).toList();
    }

    private static List<String> bigrams(String run) {
        int[] cps = run.codePoints().toArray();
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
