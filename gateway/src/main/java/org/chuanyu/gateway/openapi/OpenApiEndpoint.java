package org.chuanyu.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.chuanyu.gateway.edge.Exchange;
import org.chuanyu.gateway.edge.GatewayProblem;
import org.chuanyu.gateway.limits.UnauthenticatedLimit;
import org.chuanyu.jurisdiction.problem.ProblemType;

/**
 * {@code GET /openapi}: the platform's one API document, JSON by default, YAML for {@code ?format=yaml}
 * or an {@code Accept} naming yaml. Public, like the services' own documents. When a service could not
 * be read, {@code X-OpenAPI-Unavailable} names its route (and the document does too).
 */
@ApplicationScoped
public class OpenApiEndpoint {

    static final String UNAVAILABLE_HEADER = "X-OpenAPI-Unavailable";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final MergedOpenApi merged;
    private final UnauthenticatedLimit limit;

    OpenApiEndpoint(MergedOpenApi merged, UnauthenticatedLimit limit) {
        this.merged = merged;
        this.limit = limit;
    }

    void install(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        Exchange exchange = Exchange.of(ctx);
        if (!limit.admit(exchange, ctx.response())) {
            return;
        }
        boolean yaml = "yaml".equalsIgnoreCase(ctx.request().getParam("format"))
                || (ctx.request().getParam("format") == null && accepts(ctx, "yaml"));
        merged.get().onComplete(ar -> {
            if (ar.failed()) {
                GatewayProblem.of(ProblemType.UNAVAILABLE, "the API document could not be assembled", exchange)
                        .send(ctx.response());
                return;
            }
            MergedOpenApi.Merged doc = ar.result();
            if (!doc.unavailableRoutes().isEmpty()) {
                ctx.response().putHeader(UNAVAILABLE_HEADER, String.join(",", doc.unavailableRoutes()));
            }
            try {
                ctx.response().putHeader("Content-Type", yaml ? "application/yaml; charset=UTF-8" : "application/json")
                        .end(yaml ? YAML.writeValueAsString(doc.document()) : JSON.writeValueAsString(doc.document()));
            } catch (JsonProcessingException e) {
                GatewayProblem.of(ProblemType.INTERNAL, "the API document could not be written", exchange)
                        .send(ctx.response());
            }
        });
    }

    private static boolean accepts(RoutingContext ctx, String subtype) {
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.toLowerCase().contains(subtype);
    }
}
