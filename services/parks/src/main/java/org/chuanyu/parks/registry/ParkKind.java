package org.chuanyu.parks.registry;

/** What kind of park: 高新区, 经开区, 新区, 产业合作示范园区, 承接产业转移示范园区, other. */
public enum ParkKind {
    HIGH_TECH_ZONE,
    ECONOMIC_DEVELOPMENT_ZONE,
    NEW_AREA,
    COOPERATION_DEMONSTRATION_PARK,
    TRANSFER_DEMONSTRATION_PARK,
    OTHER
}
