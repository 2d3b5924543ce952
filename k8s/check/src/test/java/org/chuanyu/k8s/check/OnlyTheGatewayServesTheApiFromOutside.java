package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

/**
 * From outside the cluster, the API is reached through the gateway only. The one other backend an Ingress may name
 * is Keycloak, and only for its public paths (sign-in and tokens under /realms/sichuan/ and /realms/chongqing/, page
 * assets under /resources/): its admin console and the master realm stay inside (docs/security.md, finding 4). In
 * production every host is served over TLS.
 */
class OnlyTheGatewayServesTheApiFromOutside {

    /** The provinces' realms only: never /realms/ as a whole, which would publish the master realm too. */
    static final Set<String> KEYCLOAK_PUBLIC_PATHS = Set.of("/realms/sichuan/", "/realms/chongqing/", "/resources/");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void ingressesNameTheGatewayAndKeycloaksPublicPathsOnly(Render render) {
        var violations = new Violations(render);
        List<Ingress> ingresses = render.all(Ingress.class);
        violations.check(ingresses.stream().flatMap(i -> i.getSpec().getRules().stream())
                        .flatMap(r -> r.getHttp().getPaths().stream())
                        .anyMatch(p -> "gateway".equals(p.getBackend().getService().getName()) && "/".equals(p.getPath())),
                "no Ingress sends / to the gateway");
        for (Ingress ingress : ingresses) {
            String name = "Ingress " + ingress.getMetadata().getName();
            violations.check(ingress.getSpec().getDefaultBackend() == null, name + ": has a default backend");
            for (IngressRule rule : ingress.getSpec().getRules()) {
                violations.check(rule.getHost() != null, name + ": a rule without a host");
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String backend = path.getBackend().getService() == null ? null : path.getBackend().getService().getName();
                    boolean allowed = "gateway".equals(backend)
                            || "keycloak".equals(backend) && KEYCLOAK_PUBLIC_PATHS.contains(path.getPath());
                    violations.check(allowed, name + ": " + rule.getHost() + path.getPath() + " leads to " + backend);
                }
                if (render.name().equals("overlays/prod")) {
                    List<IngressTLS> tls = ingress.getSpec().getTls() == null ? List.of() : ingress.getSpec().getTls();
                    violations.check(tls.stream().anyMatch(t -> t.getHosts().contains(rule.getHost()) && t.getSecretName() != null),
                            name + ": " + rule.getHost() + " is served without TLS");
                }
            }
        }
        violations.assertNone("ingresses exposing more than the gateway and Keycloak's public paths");
    }
}
