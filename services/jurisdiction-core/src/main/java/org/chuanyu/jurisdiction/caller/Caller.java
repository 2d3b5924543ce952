package org.chuanyu.jurisdiction.caller;

import java.util.Set;

/**
 * Who is calling, after the token has been verified and its claims trimmed to what the issuing
 * realm may speak for (see {@link CallerFactory}). Immutable; one per request.
 *
 * @param subject   the token's {@code sub}
 * @param username  a person's user name, or {@code service-account-<client>} for an external system
 * @param clientId  the client the token was issued to ({@code azp})
 * @param province  the province whose realm issued the token
 * @param roles     recognised realm roles
 * @param districts GB/T 2260 codes of the issuing province only
 * @param zones     joint zones that include the issuing province only
 */
public record Caller(String subject, String username, String clientId, Province province,
                     Set<Role> roles, Set<String> districts, Set<String> zones) {

    public Caller {
        roles = Set.copyOf(roles);
        districts = Set.copyOf(districts);
        zones = Set.copyOf(zones);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The platform's relay: reads event feeds, and no record (its scope is {@link org.chuanyu.jurisdiction.scope.Scope#NONE}). */
    public boolean isRelay() {
        return has(Role.PLATFORM_RELAY);
    }

    /** A system acting as itself (an external system such as 天府通办, or the relay), not a person signed in. */
    public boolean isSystem() {
        return has(Role.EXTERNAL_SYSTEM) || has(Role.PLATFORM_RELAY);
    }

    /** Admins of either kind may change reference data (divisions, zones, catalogue, calendar). */
    public boolean isReferenceDataAdmin() {
        return has(Role.PROVINCE_ADMIN) || has(Role.CROSS_PROVINCE_ADMIN);
    }
}
