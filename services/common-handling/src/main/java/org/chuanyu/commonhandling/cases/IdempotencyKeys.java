package org.chuanyu.commonhandling.cases;

import java.util.regex.Pattern;

/**
 * What a client may send as an {@code Idempotency-Key}: 1 to 255 visible ASCII characters, enough for
 * a UUID, a ULID or a client's own request id. The key is stored in an index, so an unbounded one
 * would fail the insert (a 3,000-character key answered 500).
 */
final class IdempotencyKeys {

    static final int MAX_LENGTH = 255;
    /** The same rule as the OpenAPI document publishes for the header. */
    static final String PATTERN = "^[!-~]{1," + MAX_LENGTH + "}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private IdempotencyKeys() {
    }

    /** Null when the key is absent (no idempotency asked) or acceptable; otherwise what is wrong with it. */
    static String problem(String key) {
        if (key == null || VALID.matcher(key).matches()) {
            return null;
        }
        return "must be 1 to " + MAX_LENGTH + " visible ASCII characters (no spaces), such as a UUID";
    }
}
