package org.chuanyu.jurisdiction.scope;

import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.caller.Role;

import java.util.Arrays;
import java.util.Set;

/**
 * What a caller may read and write, computed once from the {@link Caller}. The same value drives
 * both enforcement points: the query predicate a service adds ({@link ScopePredicate}) and the
 * PostgreSQL row-level-security settings of each transaction ({@code RlsSettings}).
 *
 * <p>The rule table (docs/tenancy.md):
 * <pre>
 * role                  reads                                   writes
 * cross-province-admin  everything                              its joint zones
 * province-admin        own province + zones including it       same as reads
 * district-clerk        its districts and zones                 same as reads
 * viewer                its districts and zones                 nothing
 * external-system       its own submissions in its districts    same as reads
 * </pre>
 * A caller with several roles gets the union of what each grants.
 */
public record Scope(Access read, Access write) {

    /** For scheduled jobs and seeding only; exists inside the process, never derived from a request. */
    public static final Scope SYSTEM = new Scope(Access.ALL, Access.ALL);
    /** No caller at all: sees and writes nothing. */
    public static final Scope NONE = new Scope(Access.NONE, Access.NONE);

    public static Scope of(Caller caller, JointZones jointZones) {
        if (caller.has(Role.EXTERNAL_SYSTEM)) {
            Access own = Access.of(Set.of(), caller.districts(), Set.of()).onlySubmittedBy(caller.clientId());
            return new Scope(own, own);
        }
        Access read = Access.NONE;
        Access write = Access.NONE;
        Access local = Access.of(Set.of(), caller.districts(), caller.zones());
        if (caller.has(Role.CROSS_PROVINCE_ADMIN)) {
            read = read.union(Access.ALL);
            write = write.union(Access.of(Set.of(), Set.of(), caller.zones()));
        }
        if (caller.has(Role.PROVINCE_ADMIN)) {
            Access province = Access.of(Set.of(caller.province()), Set.of(), jointZones.including(caller.province()));
            read = read.union(province);
            write = write.union(province);
        }
        if (caller.has(Role.DISTRICT_CLERK)) {
            read = read.union(local);
            write = write.union(local);
        }
        if (caller.has(Role.VIEWER)) {
            read = read.union(local);
        }
        return new Scope(read, write);
    }

    /** A record with several scopes (a shared case) is readable when any of them is. */
    public boolean canRead(RecordScope... scopes) {
        return Arrays.stream(scopes).anyMatch(read::covers);
    }

    public boolean canWrite(RecordScope scope) {
        return write.covers(scope);
    }
}
