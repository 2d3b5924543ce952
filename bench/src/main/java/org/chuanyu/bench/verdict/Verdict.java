package org.chuanyu.bench.verdict;

/** One line of a verdict table: what was asked, what was measured, and whether it was met. */
public record Verdict(String scenario, String target, String measured, boolean met) {

    /** The table cell, bold so that a reader finds a missed target at a glance. */
    public String word() {
        return met ? "**met**" : "**missed**";
    }

    /** A measured number as the tables print it: whole numbers without a fraction, "?" when nothing was measured. */
    static String number(java.util.OptionalDouble value) {
        if (value.isEmpty()) {
            return "?";
        }
        double v = value.getAsDouble();
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
