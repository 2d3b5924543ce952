package org.chuanyu.policy.registry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (文号) as Chinese government documents write them: the issuer's abbreviation in
 * Chinese characters, the year in hexagonal brackets 〔〕, the serial number, and 号 —
 * {@code 渝府发〔2022〕12号}, {@code 川府办发〔2023〕5号}. Square or round brackets are a common mistake
 * and are refused with a hint.
 */
public final class DocumentNumbers {

    private static final Pattern FORMAT = Pattern.compile("(\\p{IsHan}{2,20})〔(\\d{4})〕([1-9]\\d{0,4})号");
    private static final int EARLIEST_YEAR = 1949;

    private DocumentNumbers() {
    }

    /** Null when the number is well formed and of a year up to {@code latestYear}, otherwise what is wrong with it. */
    public static String problem(String number, int latestYear) {
        if (number == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(number.strip());
        if (!m.matches()) {
            return "must look like 渝府发〔2022〕12号: issuer abbreviation, year in 〔〕, number, 号";
        }
        int year = Integer.parseInt(m.group(2));
        if (year < EARLIEST_YEAR || year > latestYear) {
            return "year " + year + " must lie between " + EARLIEST_YEAR + " and " + latestYear;
        }
        return null;
    }
}
