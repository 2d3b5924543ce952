package org.chuanyu.e2e.contract;

import java.net.URI;
import java.util.List;

/** Which answers are held to the contract, and what a violation does. */
public final class Checks {

    /** Collects every violation for the summary instead of failing at the first (finding them all at once). */
    public static final boolean COLLECT = Boolean.getBoolean("contract.collect");

    private Checks() {
    }

    /** The gateway's API: the document describes /api; /openapi, /status and the management ports it does not. */
    public static boolean appliesTo(String gateway, URI uri) {
        URI base = URI.create(gateway);
        return uri.getPort() == base.getPort() && base.getHost().equals(uri.getHost())
                && uri.getRawPath().startsWith("/api/");
    }

    public static void report(List<String> violations) {
        if (!violations.isEmpty() && !COLLECT) {
            throw new AssertionError("the answer breaks the published contract (docs/api.md):\n  "
                    + String.join("\n  ", violations));
        }
    }
}
