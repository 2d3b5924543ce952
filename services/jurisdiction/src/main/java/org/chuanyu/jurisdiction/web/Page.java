package org.chuanyu.jurisdiction.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list: the items, and the cursor of the next page (null on the last page). */
@Schema(description = "One page of results, in a stable order")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page", nullable = true)
        String nextCursor) {
}
