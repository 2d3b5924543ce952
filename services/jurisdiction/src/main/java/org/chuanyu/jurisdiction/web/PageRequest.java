package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.problem.ProblemException;

import java.util.List;
import java.util.function.Function;

/**
 * What a client asked of a list: where to resume (the opaque cursor a previous page handed out, null for the first
 * page) and how many items, already checked against {@link PageLimits}. Every keyset list of every service takes one.
 */
public record PageRequest(String cursor, int size) {

    public PageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
    }

    /** How many rows to read: one more than the page, which tells whether another page follows. */
    public int rowsToRead() {
        return size + 1;
    }

    /** The key values of the cursor, exactly {@code parts} of them; null on the first page, 400 for a foreign cursor. */
    public List<String> after(int parts) {
        return Cursor.decode(cursor, parts);
    }

    /** The single text key the list resumes after; null on the first page. */
    public String afterText() {
        List<String> key = after(1);
        return key == null ? null : key.get(0);
    }

    /**
     * The page of rows read with {@link #rowsToRead()}: the first {@link #size()} of them, and, when more were
     * found, the cursor after the last one ({@code cursorOf} writes it with {@link Cursor#encode}).
     */
    public <E> Page<E> page(List<E> rows, Function<? super E, String> cursorOf) {
        if (rows.size() <= size) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<E> items = List.copyOf(rows.subList(0, size));
        return new Page<>(items, cursorOf.apply(items.get(size - 1)));
    }

    /** The problem for a cursor whose key this list cannot have handed out. */
    public static ProblemException notOurs() {
        return ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
}
