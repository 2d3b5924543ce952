package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key values of the last item of a page, so the next page starts
 * strictly after it. Clients treat the string as opaque; a tampered or foreign cursor is a 400.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Cursor() {
    }

    public static String encode(Object... keyValues) {
        String joined = String.join(SEPARATOR, Arrays.stream(keyValues).map(String::valueOf).toList());
        return ENCODER.encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The key values of a cursor, which must have exactly {@code parts} of them; null for no cursor. */
    public static List<String> decode(String cursor, int parts) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(joined.split(SEPARATOR, -1));
            if (values.size() != parts) {
                throw new IllegalArgumentException();
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
        }
    }
}
