package org.chuanyu.jurisdiction.caller;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles the platform understands; any other role in a token is ignored. */
public enum Role {
    CROSS_PROVINCE_ADMIN("cross-province-admin"),
    PROVINCE_ADMIN("province-admin"),
    DISTRICT_CLERK("district-clerk"),
    VIEWER("viewer"),
    EXTERNAL_SYSTEM("external-system"),
    /**
     * The platform's own relay (a service account of the platform, never a person): it reads the services' event
     * feeds so that copies follow their sources, and nothing else. Honoured only for the relays on the allow-list.
     */
    PLATFORM_RELAY("platform-relay");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role's name as Keycloak issues it in {@code realm_access.roles}. */
    public String claim() {
        return claim;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
