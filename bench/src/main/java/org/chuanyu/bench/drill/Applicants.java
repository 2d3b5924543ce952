package org.chuanyu.bench.drill;

/** Resident ID numbers (GB 11643) that pass the service's check character, one per submission. */
final class Applicants {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECKS = "10X98765432".toCharArray();
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"};

    private Applicants() {
    }

    static String residentId(String district, long n) {
        String body = String.format("%s%04d%02d%02d%03d", district, 1960 + n % 40, 1 + n % 12, 1 + n % 28, n % 1000);
        int sum = 0;
        for (int k = 0; k < WEIGHTS.length; k++) {
            sum += (body.charAt(k) - '0') * WEIGHTS[k];
        }
        return body + CHECKS[sum % 11];
    }

    static String name(long n) {
        return NAMES[(int) (n % NAMES.length)];
    }
}
