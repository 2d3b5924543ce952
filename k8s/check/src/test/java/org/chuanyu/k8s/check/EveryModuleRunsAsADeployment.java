package org.chuanyu.k8s.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The four services, the gateway and Keycloak each run as a Deployment in every overlay. */
class EveryModuleRunsAsADeployment {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyModuleHasItsDeployment(Render render) {
        var violations = new Violations(render);
        for (String module : Renders.MODULES) {
            violations.check(render.deployment(module).isPresent(), "no Deployment " + module);
        }
        violations.assertNone("modules without a Deployment");
    }
}
