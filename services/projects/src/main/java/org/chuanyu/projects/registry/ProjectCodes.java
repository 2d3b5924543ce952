package org.chuanyu.projects.registry;

import java.util.Optional;

/**
 * A project's code is its park's code, a dot, and a lower-case slug of its own ({@code rongchang-hightech.packaging-park}).
 * Codes are unique across both provinces, so a code taken by a project the caller cannot see would answer 409 and
 * reveal that project. Within a park that cannot happen: every project of a park has the park's scope, and whoever
 * may register a project there reads all of them. A park code is a slug and cannot hold a dot, so the park a code
 * belongs to is never ambiguous; a project therefore never changes its park (ADR 0003).
 */
public final class ProjectCodes {

    /** A park's code (parks' own rule) or the project's part of a code. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String PATTERN = "^" + SLUG + "\\." + SLUG + "$";
    public static final String PARK_PATTERN = "^" + SLUG + "$";
    public static final char SEPARATOR = '.';
    /** Kept in step with ParkDraft (code ≤ 64) and the project's own part (≤ 64). */
    public static final int MAX_LENGTH = 129;

    private ProjectCodes() {
    }

    /** The park a well-formed code belongs to, or empty for anything else. */
    public static Optional<String> park(String code) {
        if (code == null || !code.matches(PATTERN)) {
            return Optional.empty();
        }
        return Optional.of(code.substring(0, code.indexOf(SEPARATOR)));
    }
}
