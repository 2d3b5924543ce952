package org.chuanyu.jurisdiction.scope;

import org.chuanyu.jurisdiction.caller.Province;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of record scopes: everything, or the records of some provinces, districts or zones,
 * optionally narrowed to one submitter. A record is covered when any of its province, district
 * or zone is listed (and, with a submitter, when it was submitted by that submitter).
 */
public record Access(boolean all, Set<Province> provinces, Set<String> districts, Set<String> zones,
                     String submitter) {

    public static final Access NONE = new Access(false, Set.of(), Set.of(), Set.of(), null);
    public static final Access ALL = new Access(true, Set.of(), Set.of(), Set.of(), null);

    public Access {
        provinces = provinces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(provinces));
        districts = Set.copyOf(districts);
        zones = Set.copyOf(zones);
    }

    public static Access of(Set<Province> provinces, Set<String> districts, Set<String> zones) {
        return new Access(false, provinces, districts, zones, null);
    }

    public Access onlySubmittedBy(String clientId) {
        return new Access(all, provinces, districts, zones, clientId);
    }

    public boolean isNone() {
        return !all && provinces.isEmpty() && districts.isEmpty() && zones.isEmpty();
    }

    public boolean covers(RecordScope record) {
        if (all) {
            return true;
        }
        boolean inScope = provinces.contains(record.province())
                || districts.contains(record.district())
                || (record.zone() != null && zones.contains(record.zone()));
        return inScope && (submitter == null || submitter.equals(record.submitter()));
    }

    /** Union of two accesses; a submitter restriction cannot be widened, so unions never carry one. */
    Access union(Access other) {
        if (submitter != null || other.submitter != null) {
            throw new IllegalStateException("an access limited to one submitter is never combined");
        }
        if (all || other.all) {
            return ALL;
        }
        Set<Province> p = new HashSet<>(provinces);
        p.addAll(other.provinces);
        Set<String> d = new HashSet<>(districts);
        d.addAll(other.districts);
        Set<String> z = new HashSet<>(zones);
        z.addAll(other.zones);
        return Access.of(p, d, z);
    }
}
