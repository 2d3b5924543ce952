package org.chuanyu.jurisdiction.identifiers;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): eighteen characters from a
 * 31-character alphabet (digits and capitals without I, O, Z, S, V), the third to eighth being the
 * registering division's GB/T 2260 code, the last a check character over the first seventeen.
 */
public final class UnifiedSocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final int MODULUS = 31;

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /** The code, or why it is not one. Lower case is accepted and normalised. */
    public static Result parse(String raw) {
        if (raw == null) {
            return Result.invalid("is required");
        }
        String v = raw.trim().toUpperCase();
        if (v.length() != LENGTH || !v.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Result.invalid("must be 18 characters of digits and capital letters (no I, O, Z, S, V)");
        }
        if (!v.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Result.invalid("must carry a six-digit division code in characters 3 to 8");
        }
        if (v.charAt(LENGTH - 1) != checkCharacter(v)) {
            return Result.invalid("has a wrong check character");
        }
        return new Result(Optional.of(new UnifiedSocialCreditCode(v)), null);
    }

    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        return ALPHABET.charAt(check == MODULUS ? 0 : check);
    }

    public String value() {
        return value;
    }

    /** The GB/T 2260 code of the division where the entity registered. */
    public String division() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    /** A parsed code, or the reason the text is not one. */
    public record Result(Optional<UnifiedSocialCreditCode> code, String problem) {
        static Result invalid(String problem) {
            return new Result(Optional.empty(), problem);
        }

        public boolean isValid() {
            return code.isPresent();
        }
    }
}
