package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The long-running services never hold the owner's password (docs/security.md, finding 9: whoever holds it escapes
 * row-level security and can rewrite history). Each service's pod migrates in an init container
 * (QUARKUS_INIT_AND_EXIT) that reads the owner's Secret; the service container reads no Secret with
 * QUARKUS_FLYWAY_PASSWORD and does not migrate. The timeline key is in a Secret of its own, which only
 * common-handling's service container reads.
 */
class MigrationsRunApartFromTheService {

    static final List<String> SERVICES = List.of("parks", "projects", "policy-coordination", "common-handling");
    static final String OWNER_PASSWORD = "QUARKUS_FLYWAY_PASSWORD";
    static final String TIMELINE_KEY = "COMMON_HANDLING_TIMELINE_KEY";

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void theOwnersPasswordReachesOnlyTheMigrations(Render render) {
        var violations = new Violations(render);
        for (String service : SERVICES) {
            Deployment deployment = render.deployment(service).orElse(null);
            if (deployment == null) {
                violations.add("no Deployment " + service);
                continue;
            }
            var spec = deployment.getSpec().getTemplate().getSpec();
            for (Container c : spec.getContainers()) {
                String where = service + " container " + c.getName();
                violations.check(!secretKeys(render, c).contains(OWNER_PASSWORD), where + " reads the owner's password");
                violations.check("false".equals(env(c, "QUARKUS_FLYWAY_MIGRATE_AT_START")), where + " migrates at start");
                violations.check(service.equals("common-handling") == secretKeys(render, c).contains(TIMELINE_KEY),
                        where + (service.equals("common-handling") ? " lacks" : " reads") + " the timeline key");
            }
            List<Container> init = spec.getInitContainers() == null ? List.of() : spec.getInitContainers();
            violations.check(init.stream().anyMatch(c -> "true".equals(env(c, "QUARKUS_INIT_AND_EXIT"))
                            && secretKeys(render, c).contains(OWNER_PASSWORD) && !secretKeys(render, c).contains(TIMELINE_KEY)),
                    service + ": no init container migrates with the owner's password (and without the timeline key)");
        }
        violations.assertNone("services that hold the owner's password, or migrations that are not apart");
    }

    private static String env(Container c, String name) {
        return (c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()).stream().filter(e -> e.getName().equals(name))
                .map(EnvVar::getValue).findFirst().orElse(null);
    }

    /** Keys of every Secret the container reads (in prod the Secrets are outside the render: the base's templates). */
    private static Set<String> secretKeys(Render render, Container c) {
        return (c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()).stream()
                .filter(s -> s.getSecretRef() != null).map(s -> s.getSecretRef().getName())
                .flatMap(name -> Stream.concat(render.secrets().stream(), Renders.base().secrets().stream())
                        .filter(s -> s.getMetadata().getName().equals(name)).findFirst().stream())
                .flatMap(EveryServiceIsConfiguredByItsApplicationPropertiesKeys::keys)
                .collect(java.util.stream.Collectors.toSet());
    }
}
