package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

/**
 * A policy whose selector names labels no pod carries silently allows nothing (or, for an ingress rule, guards
 * nothing). So: every policy selects at least one pod of the render; every peer selected by pod labels in this
 * namespace is a pod of the render; peers in other namespaces are named by {@code kubernetes.io/metadata.name} (the
 * label every namespace carries) and only for the platform's known neighbours; and every port a rule opens is one
 * the receiving pods listen on.
 */
class EveryNetworkPolicySelectsPodsThatExist {

    /** The namespaces the platform talks to: DNS, the ingress controller, the CloudNativePG operator. */
    static final Set<String> NEIGHBOURS = Set.of("kube-system", "ingress-nginx", "cnpg-system", "monitoring");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void selectorsAndPortsMatchTheRenderedPods(Render render) {
        var violations = new Violations(render);
        List<Render.Pods> pods = render.pods();
        for (NetworkPolicy policy : render.networkPolicies()) {
            String name = "NetworkPolicy " + policy.getMetadata().getName();
            List<Render.Pods> targets = selected(pods, policy.getSpec().getPodSelector());
            violations.check(!targets.isEmpty(), name + ": its podSelector matches no pod");
            if (policy.getSpec().getIngress() != null) {
                for (var rule : policy.getSpec().getIngress()) {
                    peers(violations, name + " ingress", rule.getFrom(), pods);
                    ports(violations, name + " ingress", rule.getPorts(), targets);
                }
            }
            if (policy.getSpec().getEgress() != null) {
                for (var rule : policy.getSpec().getEgress()) {
                    List<Render.Pods> reached = peers(violations, name + " egress", rule.getTo(), pods);
                    ports(violations, name + " egress", rule.getPorts(), reached);
                }
            }
        }
        violations.assertNone("network policies naming pods or ports that do not exist");
    }

    private static List<Render.Pods> selected(List<Render.Pods> pods, LabelSelector selector) {
        boolean everything = selector != null && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
        return pods.stream().filter(p -> everything || Selectors.matches(selector, p.labels())).toList();
    }

    /** The pods of this namespace the peers select (empty when the peers are other namespaces or addresses). */
    private static List<Render.Pods> peers(Violations violations, String where, List<NetworkPolicyPeer> peers,
                                           List<Render.Pods> pods) {
        if (peers == null) {
            return List.of();
        }
        List<Render.Pods> reached = new java.util.ArrayList<>();
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getNamespaceSelector() != null) {
                var labels = peer.getNamespaceSelector().getMatchLabels();
                String namespace = labels == null ? null : labels.get("kubernetes.io/metadata.name");
                violations.check(namespace != null && labels.size() == 1 && NEIGHBOURS.contains(namespace),
                        where + ": namespace selector " + labels + " is not one of " + NEIGHBOURS
                                + " by kubernetes.io/metadata.name");
            } else if (peer.getPodSelector() != null) {
                List<Render.Pods> matched = selected(pods, peer.getPodSelector());
                violations.check(!matched.isEmpty(), where + ": peer " + peer.getPodSelector().getMatchLabels()
                        + " matches no pod");
                reached.addAll(matched);
            }
        }
        return reached;
    }

    private static void ports(Violations violations, String where, List<NetworkPolicyPort> ports,
                              List<Render.Pods> receivers) {
        if (ports == null || receivers.isEmpty()) {
            return;
        }
        for (NetworkPolicyPort port : ports) {
            if (port.getPort() == null || port.getPort().getIntVal() == null) {
                continue; // named ports resolve per pod; the platform uses numbers
            }
            int number = port.getPort().getIntVal();
            violations.check(receivers.stream().anyMatch(p -> p.ports().contains(number)),
                    where + ": port " + number + " is not a port of "
                            + receivers.stream().map(Render.Pods::source).toList());
        }
    }
}
