package org.chuanyu.jurisdiction.scope;

import org.chuanyu.jurisdiction.caller.Province;

import java.util.Objects;

/**
 * Where a scoped record belongs: its province, its district (GB/T 2260) and optionally a joint
 * zone. {@code submitter} names the external system (client id) that submitted the record, if one did;
 * it is what limits an external system to its own submissions.
 */
public record RecordScope(Province province, String district, String zone, String submitter) {

    public RecordScope {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(district, "district");
        if (!province.owns(district)) {
            throw new IllegalArgumentException("district " + district + " is not in " + province.realm());
        }
    }

    public static RecordScope of(Province province, String district, String zone) {
        return new RecordScope(province, district, zone, null);
    }

    public static RecordScope of(Province province, String district) {
        return of(province, district, null);
    }

    public RecordScope submittedBy(String clientId) {
        return new RecordScope(province, district, zone, clientId);
    }
}
