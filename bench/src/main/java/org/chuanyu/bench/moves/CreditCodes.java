package org.chuanyu.bench.moves;

/** Unified social credit codes (GB 32100) with a correct check character, for the bench's investors. */
final class CreditCodes {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** A code of a company (91) registered in {@code division}, numbered {@code serial}. */
    static String of(String division, int serial) {
        String body = "91" + division + String.format("MB%07d", serial);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += CHARACTERS.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return body + CHARACTERS.charAt(check);
    }
}
