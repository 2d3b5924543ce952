package org.chuanyu.jurisdiction.caller;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The caller of the current request, as built by {@link CallerAugmentor}. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    public Optional<Caller> find() {
        return Optional.ofNullable(identity.getAttribute(CallerAugmentor.ATTRIBUTE));
    }

    /** The caller, or 401 when the request carries no verified token. */
    public Caller require() {
        return find().orElseThrow(() -> new UnauthorizedException("a bearer token is required"));
    }
}
