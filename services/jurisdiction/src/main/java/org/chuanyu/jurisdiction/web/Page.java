package org.chuanyu.jurisdiction.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, and the cursor of the next page (null on the last page). */
@Schema(description = "One page of results, in a stable order")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page", nullable = true)
        String nextCursor) {

    /** The same page with each item turned into another (an entity into its view); the cursor is unchanged. */
    public <R> Page<R> map(Function<? super T, R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), nextCursor);
    }

    /** The same page with items made from these all at once (views that need one query for the whole page). */
    public <R> Page<R> withItems(List<R> viewed) {
        if (viewed.size() != items.size()) {
            throw new IllegalArgumentException("a page's items are replaced one for one");
        }
        return new Page<>(viewed, nextCursor);
    }
}
