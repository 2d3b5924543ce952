package org.chuanyu.gateway.edge;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C trace context: the gateway joins the caller's trace when it sends a valid {@code traceparent}
 * (keeping its trace id and flags, with the gateway as the new parent) and starts one otherwise.
 */
final class Traceparent {

    static final String HEADER = "traceparent";
    private static final Pattern VALID = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);

    private Traceparent() {
    }

    static String next(String inbound) {
        if (inbound != null) {
            var m = VALID.matcher(inbound.trim());
            if (m.matches() && !m.group(1).equals(ZERO_TRACE) && !m.group(2).equals(ZERO_SPAN)) {
                return "00-" + m.group(1) + "-" + spanId() + "-" + m.group(3);
            }
        }
        return "00-" + hex(16) + "-" + spanId() + "-01";
    }

    private static String spanId() {
        return hex(8);
    }

    private static String hex(int bytes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder out = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            out.append(String.format("%02x", random.nextInt(256)));
        }
        String s = out.toString();
        return s.chars().allMatch(c -> c == '0') ? hex(bytes) : s;
    }
}
