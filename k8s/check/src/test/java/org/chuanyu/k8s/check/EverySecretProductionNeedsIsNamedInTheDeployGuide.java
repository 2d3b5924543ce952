package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

/**
 * Production's Secrets are created outside the render, so docs/deploy.md must name each one a production object
 * refers to (the services' and Keycloak's, the database roles', the TLS certificates'), with every key the
 * templates in k8s/base declare.
 */
class EverySecretProductionNeedsIsNamedInTheDeployGuide {

    @Test
    void theGuideNamesEverySecretAndKey() throws IOException {
        Render prod = Renders.overlay("prod");
        String guide = Files.readString(Renders.repository().resolve("docs/deploy.md"));
        Set<String> needed = new TreeSet<>();
        prod.workloads().forEach(w -> {
            var spec = w.template().getSpec();
            spec.getContainers().forEach(c -> {
                if (c.getEnvFrom() != null) {
                    c.getEnvFrom().stream().filter(e -> e.getSecretRef() != null).forEach(e -> needed.add(e.getSecretRef().getName()));
                }
                if (c.getEnv() != null) {
                    c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                            .forEach(e -> needed.add(e.getValueFrom().getSecretKeyRef().getName()));
                }
            });
            if (spec.getVolumes() != null) {
                spec.getVolumes().stream().filter(v -> v.getSecret() != null).forEach(v -> needed.add(v.getSecret().getSecretName()));
            }
        });
        prod.all(Ingress.class).forEach(i -> {
            if (i.getSpec().getTls() != null) {
                i.getSpec().getTls().forEach(t -> needed.add(t.getSecretName()));
            }
        });
        prod.custom("Cluster").forEach(c -> {
            CnpgResources.list(c.get("spec", "managed", "roles"))
                    .forEach(r -> needed.add((String) CnpgResources.map(CnpgResources.map(r).get("passwordSecret")).get("name")));
            Object bootstrapSecret = c.get("spec", "bootstrap", "initdb", "secret", "name");
            if (bootstrapSecret != null) {
                needed.add((String) bootstrapSecret);
            }
        });

        var violations = new Violations(prod);
        for (String secret : needed) {
            violations.check(guide.contains("`" + secret + "`"), "docs/deploy.md does not name the Secret `" + secret + "`");
        }
        Renders.base().secrets().forEach(template -> EveryServiceIsConfiguredByItsApplicationPropertiesKeys.keys(template)
                .forEach(key -> violations.check(guide.contains("`" + key + "`"), "docs/deploy.md does not name the key `"
                        + key + "` of Secret " + template.getMetadata().getName())));
        violations.assertNone("Secrets production needs that the deploy guide does not name");
    }
}
