package org.chuanyu.jurisdiction.testing;

import java.sql.SQLException;

/** What PostgreSQL said, from wherever Hibernate and the transaction manager wrapped it. */
public final class SqlStates {

    /** insufficient_privilege: what row-level security and revoked grants answer. */
    public static final String REFUSED = "42501";

    private SqlStates() {
    }

    /** The SQLSTATE of the first SQLException among the causes, or null. */
    public static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
