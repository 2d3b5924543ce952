package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * A default-deny policy selects every pod for both directions and allows nothing; every pod is also selected by a
 * policy of its own (beyond the default and DNS), so that what it may do is written down next to it.
 */
class AllTrafficIsDeniedUnlessAllowed {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void aDefaultDenyPolicyCoversEveryPodInBothDirections(Render render) {
        var violations = new Violations(render);
        violations.check(render.networkPolicies().stream().anyMatch(AllTrafficIsDeniedUnlessAllowed::deniesAll),
                "no NetworkPolicy with an empty podSelector, policyTypes Ingress and Egress, and no rules");
        violations.assertNone("no default-deny network policy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyPodHasAPolicyOfItsOwn(Render render) {
        var violations = new Violations(render);
        List<NetworkPolicy> own = render.networkPolicies().stream().filter(p -> !selectsEverything(p)).toList();
        for (Render.Pods pods : render.pods()) {
            violations.check(own.stream().anyMatch(p -> Selectors.matches(p.getSpec().getPodSelector(), pods.labels())),
                    pods.source() + " is selected by no NetworkPolicy of its own");
        }
        violations.assertNone("pods without a network policy of their own");
    }

    private static boolean deniesAll(NetworkPolicy policy) {
        var spec = policy.getSpec();
        return selectsEverything(policy)
                && spec.getPolicyTypes() != null && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && (spec.getIngress() == null || spec.getIngress().isEmpty())
                && (spec.getEgress() == null || spec.getEgress().isEmpty());
    }

    private static boolean selectsEverything(NetworkPolicy policy) {
        var selector = policy.getSpec().getPodSelector();
        return selector != null && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }
}
