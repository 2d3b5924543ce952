package org.chuanyu.parks.registry;

/** Who approved the park: the State Council (national), a province, or a city. */
public enum ParkLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL
}
