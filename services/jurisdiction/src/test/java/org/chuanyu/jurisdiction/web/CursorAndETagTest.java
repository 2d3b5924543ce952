package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorAndETagTest {

    @Test
    void cursorRoundTripsItsKeyValues() {
        String cursor = Cursor.encode("rongchang-hightech", 42L);
        assertEquals(List.of("rongchang-hightech", "42"), Cursor.decode(cursor, 2));
        assertNull(Cursor.decode(null, 2));
    }

    @Test
    void tamperedCursorIsAFieldProblem() {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode("%%%", 2));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertThrows(ProblemException.class, () -> Cursor.decode(Cursor.encode("a"), 2));
    }

    @Test
    void ifMatchMustNameTheCurrentVersion() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch(" * ", 3));
        // RFC 9110: If-Match compares strongly, and * is a wildcard only on its own.
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> ETags.requireMatch("W/\"3\"", 3)).type());
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> ETags.requireMatch("W/\"nope\", *", 3)).type());
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3)).type());
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> ETags.requireMatch(null, 3)).type());
    }
}
