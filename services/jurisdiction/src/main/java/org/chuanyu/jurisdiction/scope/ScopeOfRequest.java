package org.chuanyu.jurisdiction.scope;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

/**
 * The scope {@link CurrentScope} worked out for this request, kept so that it is worked out once. (Methods, not a
 * field: callers hold the bean's client proxy.) Looked up, never injected, hence unremovable.
 */
@Unremovable
@RequestScoped
public class ScopeOfRequest {

    private Scope scope;

    Scope get() {
        return scope;
    }

    void set(Scope scope) {
        this.scope = scope;
    }
}
