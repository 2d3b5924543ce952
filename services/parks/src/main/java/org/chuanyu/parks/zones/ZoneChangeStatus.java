package org.chuanyu.parks.zones;

/** Where a zone change stands: waiting for approvals, in force, or turned down. */
public enum ZoneChangeStatus {
    PENDING,
    APPLIED,
    REJECTED
}
