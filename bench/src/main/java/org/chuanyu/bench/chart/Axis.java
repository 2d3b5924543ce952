package org.chuanyu.bench.chart;

import java.util.ArrayList;
import java.util.List;

/** Tick positions for the two axes: "nice" linear steps for the rate, decades for the latency. */
final class Axis {

    /** Aim for about this many ticks on the linear axis. */
    private static final int LINEAR_TICKS = 8;
    /** Steps are 1, 2 or 5 times a power of ten: the ones people read without effort. */
    private static final double[] NICE_STEPS = {1, 2, 5, 10};
    private static final double DECADE = 10;

    private Axis() {
    }

    /** A round step such that [0, max] is covered in about {@link #LINEAR_TICKS} steps. */
    static double linearStep(double max) {
        double raw = max / LINEAR_TICKS;
        double magnitude = Math.pow(DECADE, Math.floor(Math.log10(raw)));
        for (double nice : NICE_STEPS) {
            if (nice * magnitude >= raw) {
                return nice * magnitude;
            }
        }
        return DECADE * magnitude;
    }

    static List<Double> linearTicks(double max, double step) {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round(max / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** Within each decade, the minor gridlines people interpolate from on a log axis. */
    private static final double[] MINOR_MULTIPLES = {2, 5};

    /** 2x and 5x each power of ten from {@code lowDecade} up to below {@code highDecade}. */
    static List<Double> minorDecadeTicks(int lowDecade, int highDecade) {
        List<Double> ticks = new ArrayList<>();
        for (int d = lowDecade; d < highDecade; d++) {
            for (double multiple : MINOR_MULTIPLES) {
                ticks.add(multiple * Math.pow(DECADE, d));
            }
        }
        return ticks;
    }

    /** Powers of ten from {@code lowDecade} to {@code highDecade} inclusive. */
    static List<Double> decadeTicks(int lowDecade, int highDecade) {
        List<Double> ticks = new ArrayList<>();
        for (int d = lowDecade; d <= highDecade; d++) {
            ticks.add(Math.pow(DECADE, d));
        }
        return ticks;
    }
}
