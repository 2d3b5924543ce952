package org.chuanyu.jurisdiction.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.chuanyu.jurisdiction.problem.ProblemException;

/** List sizes: {@code limit} defaults to 50 and may not exceed 500 (docs/api.md, "Lists"). */
@ConfigMapping(prefix = "platform.page")
public interface PageLimits {

    @WithDefault("50")
    int defaultLimit();

    @WithDefault("500")
    int maxLimit();

    /** The limit to use for a requested one: the default when absent, a 400 problem when out of range. */
    default int resolve(Integer requested) {
        if (requested == null) {
            return defaultLimit();
        }
        if (requested < 1 || requested > maxLimit()) {
            throw ProblemException.invalid("limit", "must be between 1 and " + maxLimit());
        }
        return requested;
    }

    /** A list's request from its query parameters: the cursor as sent, the limit checked (400 when it is not in range). */
    default PageRequest request(String cursor, String limit) {
        return request(cursor, QueryParameters.wholeNumber("limit", limit));
    }

    default PageRequest request(String cursor, Integer limit) {
        return new PageRequest(cursor, resolve(limit));
    }
}
