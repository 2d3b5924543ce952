package org.chuanyu.jurisdiction.web;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aDroppedConnectionOrAShutdownIsAnOutage() {
        assertTrue(DatabaseOutage.is(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(DatabaseOutage.is(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseOutage.is(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.is(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.is(new SQLException("cannot execute nextval() in a read-only transaction", "25006")));
    }

    @Test
    void whatTheRequestCausedIsNot() {
        assertFalse(DatabaseOutage.is(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.is(new SQLException("invalid byte sequence", "22021")));
        assertFalse(DatabaseOutage.is(new SQLException("no state")));
    }
}
