package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The list helper's pure parts: the page cut from one row too many, the cursor's keys, the filters' JPQL. */
class KeysetListTest {

    record Row(long id, String code) {
    }

    @Test
    void aPageIsCutFromOneRowMoreThanItHoldsAndPointsAfterItsLastItem() {
        PageRequest request = new PageRequest(null, 2);
        assertEquals(3, request.rowsToRead());
        List<Row> rows = List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "c"));
        Page<Row> page = request.page(rows, r -> Cursor.encode(r.id()));
        assertEquals(List.of(new Row(1, "a"), new Row(2, "b")), page.items());
        assertEquals("2", new PageRequest(page.nextCursor(), 2).afterText());
    }

    @Test
    void theLastPageHasNoCursor() {
        Page<Row> page = new PageRequest(null, 2).page(List.of(new Row(1, "a"), new Row(2, "b")), r -> "unused");
        assertEquals(2, page.items().size());
        assertNull(page.nextCursor());
        assertEquals(List.of("A", "B"), page.map(r -> r.code().toUpperCase()).items());
    }

    @Test
    void aFirstPageHasNoKeyAndAForeignCursorIsAFieldProblem() {
        assertNull(new PageRequest(" ", 5).afterText());
        assertNull(new PageRequest(null, 5).afterText());
        assertNull(new PageRequest(null, 5).after(2));
        ProblemException e = assertThrows(ProblemException.class,
                () -> ListQuery.Key.<Row>number("r.id", Row::id).parse("x"));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertThrows(ProblemException.class, () -> new PageRequest(Cursor.encode("a", "b"), 5).afterText());
        assertThrows(ProblemException.class, () -> ListQuery.Key.<Row>wholeNumber("r.year", r -> 0).parse("9999999999"));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(null, 0));
    }

    @Test
    void anAbsentFilterAddsNothingAndAPresentOneItsConditionAndParameter() {
        ListQuery<Row> query = ListQuery.of(Row.class, "r")
                .and("r.code = :code", "code", null)
                .and("r.id > :min", "min", 5L)
                .and("r.code <> 'x'");
        assertEquals("from Row r where r.id > :min and r.code <> 'x'", query.jpql());
        assertEquals(Map.of("min", 5L), query.params());
    }

    @Test
    void wildcardsAClientTypesAreTakenLiterally() {
        assertEquals("50\\% of a\\_b \\\\", ListQuery.escapeLike("50% of a_b \\"));
    }
}
