package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

/** Every container (init containers too) requests CPU and memory and is limited in both, limits ≥ requests. */
class EveryContainerHasRequestsAndLimits {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void cpuAndMemoryAreRequestedAndLimited(Render render) {
        var violations = new Violations(render);
        render.workloads().forEach(workload -> {
            var spec = workload.template().getSpec();
            Stream.concat(spec.getContainers().stream(),
                    spec.getInitContainers() == null ? Stream.empty() : spec.getInitContainers().stream())
                    .forEach(c -> check(violations, workload.name() + " container " + c.getName(), c));
        });
        violations.assertNone("containers without requests and limits");
    }

    private static void check(Violations violations, String where, Container container) {
        var resources = container.getResources();
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        for (String resource : new String[]{"cpu", "memory"}) {
            Quantity request = requests.get(resource);
            Quantity limit = limits.get(resource);
            violations.check(request != null, where + ": no " + resource + " request");
            violations.check(limit != null, where + ": no " + resource + " limit");
            if (request != null && limit != null) {
                violations.check(limit.getNumericalAmount().compareTo(request.getNumericalAmount()) >= 0,
                        where + ": " + resource + " limit " + limit + " is below its request " + request);
            }
        }
    }
}
