package org.chuanyu.parks.divisions;

/** What happened to a division on a date. */
public enum ChangeKind {
    /** The code came into use. */
    ESTABLISHED,
    /** Same code, new name from the effective date. */
    RENAMED,
    /** The division ceased to exist; its successors took over its territory. */
    ABOLISHED,
    /** Part of the territory (some towns) moved to the successors; the division continues. */
    TERRITORY_TRANSFERRED
}
