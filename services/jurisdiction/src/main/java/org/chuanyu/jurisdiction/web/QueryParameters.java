package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.problem.ProblemException;

import java.util.List;

/**
 * Numbers in query parameters and cursors, read by hand: a JAX-RS parameter declared as a number
 * answers a bad value with 404, which would tell the caller nothing. Here a bad value is a 400
 * naming the parameter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number in a query parameter, null when absent. */
    public static Integer wholeNumber(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    /** The single whole-number key of a keyset cursor, null when there is no cursor. */
    public static Long cursorKey(String cursor) {
        List<String> key = Cursor.decode(cursor, 1);
        if (key == null) {
            return null;
        }
        try {
            return Long.valueOf(key.get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
        }
    }
}
