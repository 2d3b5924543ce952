package org.chuanyu.parks.zones;

/** A zone change records a new zone, or changes a recorded one. */
public enum ZoneChangeKind {
    CREATE,
    CHANGE
}
