package org.chuanyu.commonhandling.cases;

/** The two sides of a case that staff work on, each with an assignee of its own. */
public enum AssignedSide {
    ACCEPTING(CaseSide.ACCEPTING), HANDLING(CaseSide.HANDLING);

    private final CaseSide side;

    AssignedSide(CaseSide side) {
        this.side = side;
    }

    public CaseSide caseSide() {
        return side;
    }
}
