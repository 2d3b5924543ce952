package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/**
 * Every operation under /api takes a bearer token (the library's {@code quarkus.security.jaxrs.default-roles-allowed}
 * makes it so without an annotation, which the scanner does not see), so every one declares it: Swagger UI then sends
 * the token, and generated clients attach it (docs/api.md, "The published contract"). The gateway turns the
 * requirement into its bearer and per-realm sign-in schemes. No operation of the API is public; one that ever is must
 * say so with an empty requirement of its own, which this filter leaves alone. The shared {@code whoami} and
 * {@code events} operations get a name per service here, since one annotation in the library cannot name five.
 */
@OpenApiFilter
public class TokensInTheDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String scheme = ConfigProvider.getConfig().getOptionalValue("quarkus.smallrye-openapi.security-scheme-name",
                String.class).orElse("bearer");
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(op -> {
                    if (op.getSecurity() == null) {
                        op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(scheme)));
                    }
                    if (op.getOperationId() == null && path.endsWith("/whoami")) {
                        op.setOperationId(perService("whoami", path, "/whoami"));
                    }
                    if (op.getOperationId() == null && path.endsWith("/events")) {
                        op.setOperationId(perService("listEvents", path, "/events"));
                    }
                });
            }
        });
    }

    /** {@code /api/common-handling/whoami} → {@code whoamiCommonHandling}: one name per service in the merge. */
    static String perService(String operation, String path, String ending) {
        StringBuilder name = new StringBuilder(operation);
        for (String word : path.substring("/api/".length(), path.length() - ending.length()).split("[-/]")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
