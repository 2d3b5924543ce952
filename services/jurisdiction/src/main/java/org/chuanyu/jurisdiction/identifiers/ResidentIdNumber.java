package org.chuanyu.jurisdiction.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): six-digit address code, birth date
 * (yyyyMMdd), three-digit sequence and a check character (0–9 or X) over the first seventeen.
 * Shown in full only where the jurisdiction rules allow; everywhere else {@link #masked()}.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final int LENGTH = 18;
    private static final int VISIBLE = 4;
    /**
     * The province-level codes of GB/T 2260 that begin an address code: 11–15, 21–23, 31–37, 41–46, 50–54,
     * 61–65, 71 (Taiwan), 81 and 82 (Hong Kong, Macao). Only these two digits are checked: a number keeps the
     * county code of where it was issued, and many of those codes no longer exist.
     */
    private static final Set<Integer> PROVINCE_CODES = IntStream.of(
                    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82)
            .boxed().collect(Collectors.toUnmodifiableSet());

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /**
     * The number, or why it is not one: wrong length or characters, an address code of no province,
     * an impossible or future birth date (against {@code today}), or a wrong check character. A
     * lower-case x is accepted.
     */
    public static Result parse(String raw, LocalDate today) {
        if (raw == null) {
            return Result.invalid("is required");
        }
        String v = raw.trim().toUpperCase();
        if (v.length() != LENGTH || !v.substring(0, LENGTH - 1).chars().allMatch(Character::isDigit)
                || CHECK.indexOf(v.charAt(LENGTH - 1)) < 0) {
            return Result.invalid("must be 18 characters: 17 digits and a check digit or X");
        }
        if (!PROVINCE_CODES.contains(Integer.parseInt(v.substring(0, 2)))) {
            return Result.invalid("must begin with the code of a province-level division (GB/T 2260), such as 51 or 50");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return Result.invalid("contains an impossible birth date");
        }
        if (birth.isAfter(today) || birth.getYear() < 1880) {
            return Result.invalid("contains a birth date that cannot be right");
        }
        if (v.charAt(LENGTH - 1) != checkCharacter(v)) {
            return Result.invalid("has a wrong check digit");
        }
        return new Result(Optional.of(new ResidentIdNumber(v)), null);
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** {@code 5101**********1234}: enough to tell numbers apart at a window, nothing more. */
    public String masked() {
        return mask(value);
    }

    /** Masks any identifier-like text the same way (for logs, lists): first and last four kept. */
    public static String mask(String text) {
        if (text == null || text.length() <= 2 * VISIBLE) {
            return text == null ? null : "*".repeat(text.length());
        }
        return text.substring(0, VISIBLE) + "*".repeat(text.length() - 2 * VISIBLE) + text.substring(text.length() - VISIBLE);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** A parsed number, or the reason the text is not one. */
    public record Result(Optional<ResidentIdNumber> number, String problem) {
        static Result invalid(String problem) {
            return new Result(Optional.empty(), problem);
        }

        public boolean isValid() {
            return number.isPresent();
        }
    }
}
