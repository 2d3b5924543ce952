package org.chuanyu.gateway.edge;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import org.chuanyu.jurisdiction.caller.Caller;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Verifies the bearer token with the library's OIDC tenants (issuer → realm, the realm's keys,
 * expiry, audience {@code cooperation-api}) and its caller rules; the gateway adds no rules of its own.
 */
public final class EdgeAuthentication {

    /** Where the library's augmentor puts the {@link Caller} on the identity (see its CurrentCaller). */
    private static final String CALLER_ATTRIBUTE = Caller.class.getName();

    private EdgeAuthentication() {
    }

    /**
     * Calls {@code then} on the request's own event-loop context with the verified caller, or empty
     * when there is no token or it is not valid. The request stays paused meanwhile, so no body byte is lost.
     */
    public static void authenticate(RoutingContext ctx, Consumer<Optional<Caller>> then) {
        ctx.request().pause();
        // The gateway answers a refused token itself (problem+json with route and request id), so
        // Quarkus' default challenge must not write first.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (rc, failure) -> { });
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> onContext(context, () -> then.accept(callerOf(identity))),
                failure -> onContext(context, () -> then.accept(Optional.empty())));
    }

    private static Optional<Caller> callerOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(CALLER_ATTRIBUTE));
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
