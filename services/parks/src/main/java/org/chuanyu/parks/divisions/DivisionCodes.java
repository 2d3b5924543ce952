package org.chuanyu.parks.divisions;

/** The division codes this platform records: GB/T 2260 codes of Sichuan (51…) and Chongqing (50…). */
public final class DivisionCodes {

    public static final String PATTERN = "5[01][0-9]{4}";
    public static final String MESSAGE = "must be a six-digit GB/T 2260 code of Sichuan (51…) or Chongqing (50…)";

    private DivisionCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.matches(PATTERN);
    }
}
