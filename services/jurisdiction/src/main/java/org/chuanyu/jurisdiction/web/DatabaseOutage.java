package org.chuanyu.jurisdiction.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures that mean the database is away for a moment (a restart, a fail-over, a dropped connection), not that
 * the request was wrong: the client should retry, so they answer 503 with Retry-After rather than 500. The pool
 * drops the broken connection, so a retry gets a fresh one.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08: connection exceptions. */
    private static final String CONNECTION_EXCEPTION = "08";
    /**
     * admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down); read_only_sql_transaction,
     * which only a standby answers the platform's writes with: a connection that reached a replica during a fail-over,
     * or a server still recovering from a backup (the restore drill met it).
     */
    private static final Set<String> UNAVAILABLE_NOW = Set.of("57P01", "57P02", "57P03", "25006");
    /** How long a client should wait before retrying: a restart of PostgreSQL takes a few seconds. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private DatabaseOutage() {
    }

    public static boolean is(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith(CONNECTION_EXCEPTION) || UNAVAILABLE_NOW.contains(state));
    }
}
