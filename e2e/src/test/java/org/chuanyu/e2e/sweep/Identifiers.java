package org.chuanyu.e2e.sweep;

/** Valid identifiers for fixtures: check characters computed, never copied from a real person. */
public final class Identifiers {

    private Identifiers() {
    }

    /** A unified social credit code with its GB 32100 check character. */
    public static String creditCode(String division, String serial) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String body = "91" + division + String.format("%9s", serial).replace(' ', '0');
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return body + alphabet.charAt(check == 31 ? 0 : check);
    }

    /** A resident ID number (GB 11643 check digit) with a random sequence, so each run's are new. */
    public static String residentId(String district, int year, int serial) {
        int sequence = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1000);
        String body = district + year + String.format("%02d%02d", 1 + serial % 12, 1 + serial % 28)
                + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
