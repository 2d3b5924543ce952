package org.chuanyu.jurisdiction.caller;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds the {@link Caller} right after Quarkus OIDC has verified a bearer token (issuer-selected
 * realm, signature, expiry, audience) and attaches it to the identity. A token whose claims
 * contradict its issuer fails authentication here, so it is answered 401 like any bad token.
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {

    static final String ATTRIBUTE = Caller.class.getName();
    private static final Logger LOG = Logger.getLogger(CallerAugmentor.class);

    private final CallerFactory factory;

    @Inject
    public CallerAugmentor(JointZones zones, JurisdictionConfig config) {
        this.factory = new CallerFactory(zones, config.crossProvinceAdmins(), config.relays());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String realm = identity.getAttribute("tenant-id");
        CallerFactory.Result result;
        try {
            result = factory.fromClaims(claims(realm, jwt));
        } catch (InvalidTokenException e) {
            LOG.warnf("token of %s rejected: %s", jwt.getSubject(), e.getMessage());
            return Uni.createFrom().failure(new AuthenticationFailedException(e.getMessage()));
        }
        if (!result.ignored().isEmpty()) {
            LOG.warnf("token of %s (%s) claimed what its realm cannot grant, ignored: %s",
                    result.caller().username(), realm, result.ignored());
        }
        // Every log line of the request names who acted and for which province (never the token).
        MDC.put("province", result.caller().province().realm());
        MDC.put("caller", result.caller().username());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ATTRIBUTE, result.caller());
        result.caller().roles().forEach(r -> builder.addRole(r.claim()));
        return Uni.createFrom().item(builder.build());
    }

    static TokenClaims claims(String realm, JsonWebToken jwt) {
        Set<String> roles = Set.of();
        Object realmAccess = jwt.getClaim("realm_access");
        if (realmAccess instanceof JsonObject o && o.get("roles") != null) {
            roles = strings(o.get("roles"));
        }
        return new TokenClaims(realm, jwt.getSubject(), jwt.getClaim("preferred_username"), jwt.getClaim("azp"),
                stringOrNull(jwt.getClaim("province")), roles,
                strings(jwt.getClaim("districts")), strings(jwt.getClaim("zones")));
    }

    private static String stringOrNull(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    /** Keycloak emits one value as a string and several as an array; accept both. */
    private static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(stringOrNull(v)));
        } else if (value instanceof JsonString || value instanceof String) {
            out.add(stringOrNull(value));
        }
        out.remove(null);
        return out;
    }
}
