package org.chuanyu.e2e.sweep;

import org.chuanyu.e2e.sweep.Jurisdiction.Account;
import org.chuanyu.e2e.sweep.Jurisdiction.RecordScope;

/**
 * The sweep's movable source (docs/security.md, finding 1): a park, the project on it and that project's records,
 * and the scope they have now. The sweep moves the park (its zone, its district, its zone's members) and checks
 * every account against every dependent record after each move.
 */
public final class Moving {

    public final String park;
    public final String project;
    private volatile RecordScope scope;

    Moving(String park, String project, RecordScope scope) {
        this.park = park;
        this.project = project;
        this.scope = scope;
    }

    public RecordScope scope() {
        return scope;
    }

    public void movedTo(RecordScope to) {
        scope = to;
    }

    /** Where it is now, as a record of the rule table. */
    public Fixtures.Scoped asScoped(String label, Account owner) {
        return new Fixtures.Scoped(label, project, owner, scope, null, null, null, null);
    }

    public boolean visibleTo(Account a) {
        return !a.external() && a.reads(scope);
    }
}
