package org.chuanyu.jurisdiction.caller;

import java.util.Set;

/**
 * The claims of an already verified token that the platform reads, independent of any JWT library.
 *
 * @param realm       the realm whose key and issuer verified the token (the OIDC tenant)
 * @param province    the {@code province} claim, may be null when absent
 * @param roles       {@code realm_access.roles}
 */
public record TokenClaims(String realm, String subject, String username, String clientId, String province,
                          Set<String> roles, Set<String> districts, Set<String> zones) {
}
