package org.chuanyu.jurisdiction.scope;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.JointZones;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The scope in force on this thread: the system scope inside {@link #asSystem}, otherwise the
 * current request's caller, otherwise {@link Scope#NONE}. Only code can enter the system scope:
 * there is no header, claim or parameter that leads to it. A request's scope is worked out once, when first asked
 * for after its caller is known, and kept for the rest of the request ({@link ScopeOfRequest}).
 */
@ApplicationScoped
public class CurrentScope {

    private static final ThreadLocal<Scope> OVERRIDE = new ThreadLocal<>();

    @Inject
    JointZones jointZones;

    public Scope get() {
        Scope override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        if (!Arc.container().requestContext().isActive()) {
            return Scope.NONE;
        }
        ScopeOfRequest request = Arc.container().instance(ScopeOfRequest.class).get();
        Scope kept = request.get();
        if (kept == null) {
            // Not kept while there is no caller: a filter that asks before authentication must not fix NONE.
            Optional<Caller> caller = caller();
            if (caller.isEmpty()) {
                return Scope.NONE;
            }
            kept = Scope.of(caller.get(), jointZones);
            request.set(kept);
        }
        return kept;
    }

    /** The request's verified caller; empty outside a request or without a token. */
    public Optional<Caller> caller() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Arc.container().instance(CurrentCaller.class).get().find();
    }

    /** Runs work (a scheduled job, seeding) with the system scope; start the transaction inside it. */
    public <T> T asSystem(Callable<T> work) {
        return within(Scope.SYSTEM, work);
    }

    /**
     * Runs work with an explicit scope instead of the request's (tests; a job acting for a province).
     * Transactions begun inside take this scope's row-level-security settings.
     */
    public <T> T within(Scope scope, Callable<T> work) {
        Scope previous = OVERRIDE.get();
        OVERRIDE.set(scope);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
