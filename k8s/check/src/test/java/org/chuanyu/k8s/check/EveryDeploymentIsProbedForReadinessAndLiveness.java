package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * Every container of every Deployment has a readiness and a liveness probe on the health endpoints of what it runs:
 * Quarkus' {@code /q/health/ready} and {@code /q/health/live}; Keycloak's {@code /health/ready} and
 * {@code /health/live} (its management port). Each probe names a port the container declares.
 */
class EveryDeploymentIsProbedForReadinessAndLiveness {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyContainerHasBothProbesOnItsHealthEndpoints(Render render) {
        var violations = new Violations(render);
        for (Deployment deployment : render.deployments()) {
            String prefix = deployment.getMetadata().getName().equals("keycloak") ? "/health" : "/q/health";
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = "Deployment " + deployment.getMetadata().getName() + " container " + container.getName();
                check(violations, where, "readiness", container.getReadinessProbe(), prefix + "/ready", container.getPorts());
                check(violations, where, "liveness", container.getLivenessProbe(), prefix + "/live", container.getPorts());
            }
        }
        violations.assertNone("Deployments without their readiness and liveness probes");
    }

    private static void check(Violations violations, String where, String kind, Probe probe, String path,
                              List<ContainerPort> ports) {
        if (probe == null || probe.getHttpGet() == null) {
            violations.add(where + ": no HTTP " + kind + " probe");
            return;
        }
        violations.check(path.equals(probe.getHttpGet().getPath()),
                where + ": the " + kind + " probe asks " + probe.getHttpGet().getPath() + ", not " + path);
        var port = probe.getHttpGet().getPort();
        boolean declared = ports != null && ports.stream().anyMatch(p -> port.getIntVal() != null
                ? port.getIntVal().equals(p.getContainerPort())
                : port.getStrVal().equals(p.getName()));
        violations.check(declared, where + ": the " + kind + " probe's port " + port + " is not a declared container port");
    }
}
