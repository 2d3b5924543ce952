package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of records ({@link Page}, one schema per record type: {@code PageParkView}, …) shows the example of its
 * record as a one-item page, so that every list answer carries an example without writing one per list
 * (docs/api.md, "The published contract"). The last page's {@code nextCursor} is null.
 */
@OpenApiFilter
public class PageExamplesInTheDocument implements OASFilter {

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.forEach((name, page) -> {
            if (!name.startsWith("Page") || page.getExamples() != null || page.getProperties() == null) {
                return;
            }
            Schema items = page.getProperties().get("items");
            String ref = items == null || items.getItems() == null ? null : items.getItems().getRef();
            Schema record = ref == null || !ref.startsWith(REF) ? null : schemas.get(ref.substring(REF.length()));
            if (record == null || record.getExamples() == null || record.getExamples().isEmpty()) {
                return;
            }
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("items", List.of(record.getExamples().get(0)));
            example.put("nextCursor", null);
            page.setExamples(List.of(example));
        });
    }
}
