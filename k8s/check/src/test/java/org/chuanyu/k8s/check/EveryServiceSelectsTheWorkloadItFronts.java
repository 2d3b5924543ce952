package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * Every Service selects the pods of exactly one workload, its target ports are ports those pods declare, and it
 * stays inside the cluster (no NodePort or LoadBalancer: the ingress is the only way in).
 */
class EveryServiceSelectsTheWorkloadItFronts {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everySelectorMatchesOneWorkloadAndItsPorts(Render render) {
        var violations = new Violations(render);
        for (Service service : render.services()) {
            String name = "Service " + service.getMetadata().getName();
            var selector = service.getSpec().getSelector();
            List<Render.Workload> matched = render.workloads()
                    .filter(w -> Selectors.matches(selector, w.template().getMetadata().getLabels())).toList();
            violations.check(matched.size() == 1, name + ": selector " + selector + " matches "
                    + matched.stream().map(Render.Workload::name).toList() + ", not exactly one workload");
            String type = service.getSpec().getType();
            violations.check(type == null || type.equals("ClusterIP"), name + ": type " + type + " exposes it outside the cluster");
            for (Render.Workload workload : matched) {
                for (ServicePort port : service.getSpec().getPorts()) {
                    var target = port.getTargetPort();
                    boolean declared = workload.template().getSpec().getContainers().stream()
                            .flatMap(c -> c.getPorts() == null ? java.util.stream.Stream.empty() : c.getPorts().stream())
                            .anyMatch(p -> target == null ? p.getContainerPort().equals(port.getPort())
                                    : target.getIntVal() != null ? target.getIntVal().equals(p.getContainerPort())
                                    : target.getStrVal().equals(p.getName()));
                    violations.check(declared, name + ": target port " + target + " is not a port of " + workload.name());
                }
            }
        }
        violations.assertNone("services that do not front exactly one workload");
    }
}
