package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a record's {@code ETag} is its version; an update must send it
 * back in {@code If-Match}. Check visibility (404) before calling {@link #requireMatch}.
 */
public final class ETags {

    private ETags() {
    }

    /** The entity tag for a version: {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * 428 when {@code If-Match} is missing (an update without it could silently overwrite someone
     * else's change), 412 when it names another version. As RFC 9110 says for If-Match: a lone
     * {@code *} matches any version, {@code *} inside a list is no wildcard, and comparison is strong,
     * so a weak tag ({@code W/"7"}) never matches: the platform only hands out strong tags.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the record's ETag in If-Match to update it");
        }
        String current = of(currentVersion);
        if (ifMatch.trim().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The record has changed since you read it (now " + current
                + "); If-Match takes the ETag as it was sent, or a lone *");
    }
}
