package org.chuanyu.commonhandling.cases;

/**
 * In whose capacity a caller acts on a case: the accepting scope (the window that took it), the
 * handling scope (the competent authority), or the external system that submitted it. A caller
 * may hold both scopes when one district accepts and handles.
 */
public enum CaseSide {
    ACCEPTING, HANDLING, SUBMITTER
}
