package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * Every Deployment has an autoscaling/v2 HorizontalPodAutoscaler (which owns its replica count, so the Deployment
 * sets none) and a PodDisruptionBudget over its pods. Outside dev, at least two replicas always run, and a
 * voluntary disruption never takes the last one.
 */
class EveryDeploymentIsAutoscaledAndProtectedFromDisruption {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget(Render render) {
        var violations = new Violations(render);
        boolean dev = render.name().equals("overlays/dev");
        List<HorizontalPodAutoscaler> autoscalers = render.all(HorizontalPodAutoscaler.class);
        List<PodDisruptionBudget> budgets = render.all(PodDisruptionBudget.class);
        for (Deployment deployment : render.deployments()) {
            String name = deployment.getMetadata().getName();
            var autoscaler = autoscalers.stream().filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                    && "apps/v1".equals(h.getSpec().getScaleTargetRef().getApiVersion())
                    && name.equals(h.getSpec().getScaleTargetRef().getName())).findFirst();
            violations.check(autoscaler.isPresent(), "Deployment " + name + ": no HorizontalPodAutoscaler");
            autoscaler.ifPresent(h -> {
                int min = h.getSpec().getMinReplicas() == null ? 1 : h.getSpec().getMinReplicas();
                violations.check(min <= h.getSpec().getMaxReplicas(), "HPA " + name + ": minReplicas above maxReplicas");
                violations.check(dev || min >= 2, "HPA " + name + ": minReplicas " + min + " leaves a single replica");
                violations.check(h.getSpec().getMetrics() != null && !h.getSpec().getMetrics().isEmpty(),
                        "HPA " + name + ": no metric to scale on");
            });
            violations.check(deployment.getSpec().getReplicas() == null,
                    "Deployment " + name + ": sets replicas, which every apply would reset under its autoscaler");
            var labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            var budget = budgets.stream().filter(b -> Selectors.matches(b.getSpec().getSelector(), labels)).findFirst();
            violations.check(budget.isPresent(), "Deployment " + name + ": no PodDisruptionBudget selects its pods");
            budget.ifPresent(b -> violations.check(b.getSpec().getMaxUnavailable() != null
                            || b.getSpec().getMinAvailable() != null,
                    "PDB " + b.getMetadata().getName() + ": neither maxUnavailable nor minAvailable"));
        }
        violations.assertNone("Deployments without autoscaling or a disruption budget");
    }
}
