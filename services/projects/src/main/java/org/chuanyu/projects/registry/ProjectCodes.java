package org.chuanyu.projects.registry;

import java.util.Set;

/** Project codes are lower-case slugs; words the API uses as sub-paths of /api/projects are never codes. */
public final class ProjectCodes {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** Kept in step with the check constraint project_code_not_reserved (V1). */
    public static final Set<String> RESERVED = Set.of("export", "rankings", "whoami", "stats", "blockers");

    private ProjectCodes() {
    }
}
