package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Behind the ingress, the gateway must believe the ingress controller's X-Forwarded-For and X-Forwarded-Proto:
 * otherwise every client looks like the ingress, one anonymous client drains the shared unauthenticated bucket,
 * access logs lose the client's address and no HSTS is sent (docs/security.md, finding 10). It may believe them because
 * nothing but the ingress controller reaches it: the gateway's NetworkPolicy admits the ingress-nginx namespace
 * alone.
 */
class TheGatewayBelievesOnlyTheIngressController {

    static final Pattern CIDR = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void trustedProxiesAreSetAndOnlyTheIngressNamespaceReachesTheGateway(Render render) {
        var violations = new Violations(render);
        Map<String, String> config = render.all(ConfigMap.class).stream()
                .filter(c -> "gateway-config".equals(c.getMetadata().getName())).findFirst()
                .map(ConfigMap::getData).orElse(Map.of());
        String trusted = config.getOrDefault("GATEWAY_TRUSTED_PROXIES", "");
        violations.check(!trusted.isBlank(), "gateway-config sets no GATEWAY_TRUSTED_PROXIES");
        for (String entry : trusted.isBlank() ? List.<String>of() : List.of(trusted.split(","))) {
            violations.check(CIDR.matcher(entry.strip()).matches(), "GATEWAY_TRUSTED_PROXIES: '" + entry + "' is no IPv4 CIDR block");
            violations.check(!entry.strip().startsWith("0.0.0.0"), "GATEWAY_TRUSTED_PROXIES trusts every address");
        }
        NetworkPolicy gateway = render.all(NetworkPolicy.class).stream()
                .filter(p -> "gateway".equals(p.getMetadata().getName())).findFirst().orElse(null);
        violations.check(gateway != null, "no NetworkPolicy named gateway");
        if (gateway != null) {
            List<NetworkPolicyIngressRule> rules = gateway.getSpec().getIngress();
            List<NetworkPolicyPeer> peers = rules.stream().flatMap(r -> r.getFrom() == null ? Stream.of((NetworkPolicyPeer) null)
                    : r.getFrom().stream()).toList();
            for (NetworkPolicyPeer peer : peers) {
                boolean ingressNamespaceOnly = peer != null && peer.getIpBlock() == null && peer.getPodSelector() == null
                        && peer.getNamespaceSelector() != null
                        && Map.of("kubernetes.io/metadata.name", "ingress-nginx").equals(peer.getNamespaceSelector().getMatchLabels());
                violations.check(ingressNamespaceOnly, "the gateway admits a peer other than the ingress-nginx namespace: " + peer);
            }
        }
        violations.assertNone("a gateway that believes forwarding headers from anyone but the ingress controller");
    }
}
