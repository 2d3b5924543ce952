package org.chuanyu.jurisdiction.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a cursor-paged list to its end. A test that looks for its own record in a list must read every
 * page: the test databases keep what earlier runs created, so one page sooner or later stops short of it.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * The values at {@code field} (a JSON path such as {@code items.id}) of every page of {@code path}; each
     * page's request starts from {@code request} (account, filters, limit) and adds the previous page's cursor.
     */
    public static <T> List<T> every(Supplier<RequestSpecification> request, String path, String field) {
        List<T> values = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification spec = request.get();
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get(path).then().statusCode(200).extract().jsonPath();
            values.addAll(page.getList(field));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return values;
    }
}
