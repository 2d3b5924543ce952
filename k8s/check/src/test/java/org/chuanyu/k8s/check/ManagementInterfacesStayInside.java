package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Health, metrics and the OpenAPI documents (Quarkus' {@code /q/...}) are served on each component's management
 * interface, a container port named {@code management}, and reach nobody outside (docs/security.md, finding 3:
 * the gateway's metrics were public, tagged with case numbers). So: every Quarkus container declares it and is
 * probed on it; no Ingress leads to it; only the gateway may reach a service's (for {@code GET /status} and the
 * merged document), and the gateway is told where each one is. The operators' Prometheus scrapes them too
 * (docs/operations.md).
 */
class ManagementInterfacesStayInside {

    static final String MANAGEMENT = "management";

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void probesAskTheManagementPortAndOnlyTheGatewayReachesIt(Render render) {
        var violations = new Violations(render);
        Set<Integer> managementPorts = new java.util.TreeSet<>();
        for (Deployment deployment : render.deployments()) {
            if (deployment.getMetadata().getName().equals("keycloak")) {
                continue; // Keycloak's own management port (9000) is checked with its probes
            }
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = "Deployment " + deployment.getMetadata().getName() + " container " + container.getName();
                List<ContainerPort> ports = container.getPorts() == null ? List.of() : container.getPorts();
                ports.stream().filter(p -> MANAGEMENT.equals(p.getName())).forEach(p -> managementPorts.add(p.getContainerPort()));
                violations.check(ports.stream().anyMatch(p -> MANAGEMENT.equals(p.getName())),
                        where + ": declares no port named " + MANAGEMENT);
                for (Probe probe : Stream.of(container.getStartupProbe(), container.getReadinessProbe(),
                        container.getLivenessProbe()).filter(java.util.Objects::nonNull).toList()) {
                    IntOrString port = probe.getHttpGet() == null ? null : probe.getHttpGet().getPort();
                    violations.check(port != null && MANAGEMENT.equals(port.getStrVal()),
                            where + ": a probe asks port " + port + ", not " + MANAGEMENT);
                }
            }
        }
        for (Ingress ingress : render.all(Ingress.class)) {
            ingress.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream()).forEach(path -> {
                var port = path.getBackend().getService() == null ? null : path.getBackend().getService().getPort();
                boolean management = port != null && (MANAGEMENT.equals(port.getName())
                        || port.getNumber() != null && managementPorts.contains(port.getNumber()));
                violations.check(!management, "Ingress " + ingress.getMetadata().getName() + " leads " + path.getPath()
                        + " to a management port");
            });
        }
        for (NetworkPolicy policy : render.all(NetworkPolicy.class)) {
            List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress() == null ? List.of() : policy.getSpec().getIngress();
            for (NetworkPolicyIngressRule rule : rules) {
                List<NetworkPolicyPort> ports = rule.getPorts() == null ? List.of() : rule.getPorts();
                boolean opensManagement = ports.isEmpty() || ports.stream().anyMatch(p -> p.getPort() != null
                        && (MANAGEMENT.equals(p.getPort().getStrVal()) || managementPorts.contains(p.getPort().getIntVal())));
                if (!opensManagement || policy.getMetadata().getName().equals("keycloak")) {
                    continue;
                }
                List<NetworkPolicyPeer> from = rule.getFrom() == null ? List.of() : rule.getFrom();
                boolean gatewayOrPrometheus = !from.isEmpty() && from.stream().allMatch(peer -> peer.getIpBlock() == null
                        && (isGateway(peer) || isPrometheus(peer)));
                violations.check(gatewayOrPrometheus, "NetworkPolicy " + policy.getMetadata().getName()
                        + " admits someone other than the gateway and Prometheus to a management port: " + from);
            }
        }
        Map<String, String> gateway = render.all(ConfigMap.class).stream()
                .filter(c -> "gateway-config".equals(c.getMetadata().getName())).findFirst()
                .map(ConfigMap::getData).orElse(Map.of());
        Set<String> routes = gateway.keySet().stream().filter(k -> k.matches("GATEWAY_ROUTES_.+_UPSTREAMS")
                        && !k.endsWith("_MANAGEMENT_UPSTREAMS"))
                .map(k -> k.substring(0, k.length() - "_UPSTREAMS".length())).collect(Collectors.toSet());
        violations.check(!routes.isEmpty(), "gateway-config names no route upstreams");
        for (String route : routes) {
            String management = gateway.getOrDefault(route + "_MANAGEMENT_UPSTREAMS", "");
            violations.check(!management.isBlank(), "gateway-config: " + route + " has upstreams but no _MANAGEMENT_UPSTREAMS");
            violations.check(management.isBlank() || List.of(management.split(",")).stream()
                            .allMatch(u -> managementPorts.stream().anyMatch(p -> u.strip().endsWith(":" + p))),
                    "gateway-config: " + route + "_MANAGEMENT_UPSTREAMS " + management + " is not on a management port");
        }
        violations.assertNone("management interfaces reachable from outside, or probes on the API port");
    }

    private static boolean isGateway(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector() == null && peer.getPodSelector() != null
                && Map.of("app.kubernetes.io/name", "gateway").equals(peer.getPodSelector().getMatchLabels());
    }

    /** The operators' Prometheus scrapes the meters: its pods, in the monitoring namespace, and nobody else there. */
    private static boolean isPrometheus(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector() != null && peer.getPodSelector() != null
                && Map.of("kubernetes.io/metadata.name", "monitoring").equals(peer.getNamespaceSelector().getMatchLabels())
                && Map.of("app.kubernetes.io/name", "prometheus").equals(peer.getPodSelector().getMatchLabels());
    }
}
