package org.chuanyu.parks.registry;

import java.util.Set;

/** Park codes are lower-case slugs; words the API uses as sub-paths of /api/parks are never codes. */
public final class ParkCodes {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** Kept in step with the check constraint park_code_not_reserved (V6). */
    public static final Set<String> RESERVED = Set.of("export", "rankings", "whoami", "stats", "industries",
            "designation-changes", "events");

    private ParkCodes() {
    }
}
