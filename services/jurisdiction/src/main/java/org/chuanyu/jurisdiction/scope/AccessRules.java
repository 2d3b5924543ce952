package org.chuanyu.jurisdiction.scope;

import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.problem.ProblemException;

/**
 * The enforcement order every endpoint follows, so no status code reveals that a record exists:
 * first "can the caller see it?" (404 when not, before any validation, precondition or conflict
 * answer), then "may the caller write it?" (403), checked on the record as it is and as it would be.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** 404 unless the caller can read the record (through any of its scopes). */
    public static void requireReadable(Scope scope, String what, RecordScope... recordScopes) {
        if (!scope.canRead(recordScopes)) {
            throw ProblemException.notFound(what);
        }
    }

    /**
     * A change of an existing record: invisible → 404; visible but not writable, or the change
     * would move it into (or out of) a scope the caller cannot write → 403.
     */
    public static void requireWritable(Scope scope, String what, RecordScope before, RecordScope after) {
        requireReadable(scope, what, before);
        if (!scope.canWrite(before)) {
            throw ProblemException.forbidden("You may read but not change this " + what.toLowerCase());
        }
        if (!scope.canWrite(after)) {
            throw ProblemException.forbidden("The change would move this " + what.toLowerCase()
                    + " into a scope you cannot write");
        }
    }

    /** A new record: 403 unless its scope is writable by the caller. */
    public static void requireCreatable(Scope scope, String what, RecordScope target) {
        if (!scope.canWrite(target)) {
            throw ProblemException.forbidden("You may not create a " + what.toLowerCase() + " in this scope");
        }
    }

    /** Reference data (divisions, zones, catalogue, calendar) is written by admins only. */
    public static void requireReferenceDataAdmin(Caller caller) {
        if (!caller.isReferenceDataAdmin()) {
            throw ProblemException.forbidden("Only a province-admin or cross-province-admin may change reference data");
        }
    }
}
