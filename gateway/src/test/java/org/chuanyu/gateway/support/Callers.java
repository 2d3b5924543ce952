package org.chuanyu.gateway.support;

import org.chuanyu.jurisdiction.testing.RealmTokens;

import java.util.UUID;

/** Authorization headers for real accounts, and unique markers to find a request at the upstream. */
public final class Callers {

    private Callers() {
    }

    public static String bearer(String user) {
        return "Bearer " + RealmTokens.user(user);
    }

    /** A well-formed request id no other test uses. */
    public static String marker() {
        return "test-" + UUID.randomUUID();
    }
}
