package org.chuanyu.jurisdiction.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.chuanyu.jurisdiction.scope.ScopePredicate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list's JPQL query, built from optional filters, read a keyset page at a time. A filter whose value is absent
 * (null) adds nothing, so a list states each filter once: {@code query.and("p.status = :status", "status", status)}.
 * The page is read after the request's cursor in the order of one key (or, for a list ordered by several, after
 * conditions the list adds itself), one row past the page, so that the next cursor is known without a count.
 */
public final class ListQuery<E> {

    /** No bound on the rows read (exports). */
    private static final int EVERY_ROW = 0;

    private final Class<E> entity;
    private final StringBuilder jpql;
    private final Map<String, Object> params = new HashMap<>();
    private boolean conditions;

    private ListQuery(Class<E> entity, String alias) {
        this.entity = entity;
        this.jpql = new StringBuilder("from ").append(entity.getSimpleName()).append(' ').append(alias);
    }

    /** Every row of an entity ({@code alias} names it in the conditions), before any filter. */
    public static <E> ListQuery<E> of(Class<E> entity, String alias) {
        return new ListQuery<>(entity, alias);
    }

    /** The rows of an entity that the caller's scope lets them see (the first condition of every scoped list). */
    public static <E> ListQuery<E> visible(Class<E> entity, String alias, ScopePredicate visible) {
        return new ListQuery<>(entity, alias).and(visible.jpql(), visible.params());
    }

    /** A condition that always applies. */
    public ListQuery<E> and(String condition) {
        jpql.append(conditions ? " and " : " where ").append(condition);
        conditions = true;
        return this;
    }

    /** A condition on one named parameter; nothing when the value is null (the filter was not asked for). */
    public ListQuery<E> and(String condition, String name, Object value) {
        if (value == null) {
            return this;
        }
        params.put(name, value);
        return and(condition);
    }

    /** A condition with several parameters (an access predicate of a service's own). */
    public ListQuery<E> and(String condition, Map<String, ?> values) {
        params.putAll(values);
        return and(condition);
    }

    /** A parameter that a condition added with {@link #and(String)} uses. */
    public ListQuery<E> with(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** A page in ascending order of one key, after the cursor's value of that key. */
    public Page<E> ascending(EntityManager em, PageRequest page, Key<E> key) {
        return keyed(em, page, key, " > ", " asc");
    }

    /** A page in descending order of one key (newest first), before the cursor's value of that key. */
    public Page<E> descending(EntityManager em, PageRequest page, Key<E> key) {
        return keyed(em, page, key, " < ", " desc");
    }

    /**
     * A page in an order of several keys: the list has added the condition that resumes after the cursor itself;
     * {@code cursorOf} writes the cursor after an item.
     */
    public Page<E> page(EntityManager em, PageRequest page, String order, Function<? super E, String> cursorOf) {
        return page.page(read(em, order, page.rowsToRead()), cursorOf);
    }

    /** Every matching row in the given order (exports, which stream the whole visible list). */
    public List<E> all(EntityManager em, String order) {
        return read(em, order, EVERY_ROW);
    }

    /**
     * A text for a {@code like :x escape '\\'} condition, with the wildcards a client typed taken literally
     * (a search for "50%" finds "50%", not everything that starts with 50).
     */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The JPQL so far, without an order (for a count, or a test). */
    public String jpql() {
        return jpql.toString();
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    /**
     * Up to {@code rows} rows in ascending order of the key, after a value of it (null: from the first); exports and
     * roll-ups walk a whole list this way, a batch in memory at a time. The query itself is left as it was.
     */
    public List<E> batchAfter(EntityManager em, Key<E> key, Object after, int rows) {
        return read(em, after == null ? null : key.column() + " > :keysetAfter", after, key.column() + " asc", rows);
    }

    private Page<E> keyed(EntityManager em, PageRequest page, Key<E> key, String comparison, String direction) {
        String after = page.afterText();
        List<E> rows = read(em, after == null ? null : key.column() + comparison + ":keysetAfter",
                after == null ? null : key.parse(after), key.column() + direction, page.rowsToRead());
        return page.page(rows, e -> Cursor.encode(key.value().apply(e)));
    }

    private List<E> read(EntityManager em, String order, int maxRows) {
        return read(em, null, null, order, maxRows);
    }

    /** The query with one more condition on {@code :keysetAfter} (none when null), which is not kept. */
    private List<E> read(EntityManager em, String keyset, Object keysetValue, String order, int maxRows) {
        String where = keyset == null ? "" : (conditions ? " and " : " where ") + keyset;
        TypedQuery<E> query = em.createQuery(jpql + where + " order by " + order, entity);
        params.forEach(query::setParameter);
        if (keyset != null) {
            query.setParameter("keysetAfter", keysetValue);
        }
        if (maxRows != EVERY_ROW) {
            query.setMaxResults(maxRows);
        }
        return query.getResultList();
    }

    /** The one key a list is ordered by: its column, and its value in an item (written into the cursor). */
    public record Key<E>(String column, Kind kind, Function<? super E, Object> value) {

        /** The kinds of key a cursor holds, each read back as the type its column compares with. */
        public enum Kind { TEXT, LONG, INT }

        public static <E> Key<E> text(String column, Function<? super E, String> value) {
            return new Key<>(column, Kind.TEXT, value::apply);
        }

        public static <E> Key<E> number(String column, Function<? super E, Long> value) {
            return new Key<>(column, Kind.LONG, value::apply);
        }

        public static <E> Key<E> wholeNumber(String column, Function<? super E, Integer> value) {
            return new Key<>(column, Kind.INT, value::apply);
        }

        Object parse(String raw) {
            try {
                return switch (kind) {
                    case TEXT -> raw;
                    case LONG -> Long.valueOf(raw);
                    case INT -> Integer.valueOf(raw);
                };
            } catch (NumberFormatException e) {
                throw PageRequest.notOurs();
            }
        }
    }
}
