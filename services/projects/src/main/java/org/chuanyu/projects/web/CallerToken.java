package org.chuanyu.projects.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's own bearer token, forwarded when this service asks another (parks, the calendar) on
 * the caller's behalf: the other service then applies the caller's jurisdiction, not ours.
 */
@RequestScoped
public class CallerToken {

    @Inject
    SecurityIdentity identity;

    /** {@code Bearer <token>}, ready for an Authorization header. */
    public String authorization() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new UnauthorizedException("a bearer token is required");
        }
        return "Bearer " + token.getToken();
    }
}
