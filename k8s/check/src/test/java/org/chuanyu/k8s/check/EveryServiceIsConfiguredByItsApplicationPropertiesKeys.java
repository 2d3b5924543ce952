package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Quarkus module's settings come from its ConfigMaps and Secrets by the names of its configuration keys in
 * environment form (quarkus.datasource.password → QUARKUS_DATASOURCE_PASSWORD): every key the cluster supplies is a
 * key of the module's application.properties or of the jurisdiction library's defaults, so a misspelt key (which
 * Quarkus would silently ignore) fails here. Every ConfigMap and Secret a Deployment reads exists in the render.
 */
class EveryServiceIsConfiguredByItsApplicationPropertiesKeys {

    static final Map<String, String> MODULE_DIRECTORIES = Map.of("parks", "services/parks", "projects",
            "services/projects", "policy-coordination", "services/policy-coordination", "common-handling",
            "services/common-handling", "gateway", "gateway");

    /** Keys that are not application.properties keys on purpose: the process time zone, and Flyway's own URL. */
    static final Set<String> ALSO_ALLOWED = Set.of("TZ", "QUARKUS_FLYWAY_JDBC_URL");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everySuppliedKeyIsAConfigurationKeyOfTheModule(Render render) {
        var violations = new Violations(render);
        Set<String> library = new HashSet<>(envNames(Renders.repository()
                .resolve("services/jurisdiction-core/src/main/resources/META-INF/microprofile-config.properties")));
        library.addAll(envNames(Renders.repository()
                .resolve("services/jurisdiction/src/main/resources/META-INF/microprofile-config.properties")));
        MODULE_DIRECTORIES.forEach((module, directory) -> {
            Set<String> known = new HashSet<>(library);
            known.addAll(envNames(Renders.repository().resolve(directory).resolve("src/main/resources/application.properties")));
            known.addAll(ALSO_ALLOWED);
            Deployment deployment = render.deployment(module).orElse(null);
            if (deployment == null) {
                violations.add("no Deployment " + module);
                return;
            }
            for (var container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource source : container.getEnvFrom() == null ? java.util.List.<EnvFromSource>of() : container.getEnvFrom()) {
                    keysOf(render, source, violations, module).filter(k -> !known.contains(k))
                            .forEach(k -> violations.add(module + ": " + k + " is not a configuration key of "
                                    + directory + " or the jurisdiction library"));
                }
            }
        });
        violations.assertNone("settings under names the modules do not read");
    }

    private static Stream<String> keysOf(Render render, EnvFromSource source, Violations violations, String module) {
        if (source.getConfigMapRef() != null) {
            String name = source.getConfigMapRef().getName();
            var map = render.configMaps().stream().filter(m -> m.getMetadata().getName().equals(name)).findFirst();
            violations.check(map.isPresent(), module + ": reads ConfigMap " + name + ", which the render lacks");
            return map.map(ConfigMap::getData).map(d -> d.keySet().stream()).orElse(Stream.empty());
        }
        if (source.getSecretRef() != null) {
            String name = source.getSecretRef().getName();
            // In prod the Secrets are created outside the render: their keys are those of the base's templates.
            var secret = Stream.concat(render.secrets().stream(), Renders.base().secrets().stream())
                    .filter(s -> s.getMetadata().getName().equals(name)).findFirst();
            violations.check(secret.isPresent(), module + ": reads Secret " + name + ", of which no template exists");
            return secret.map(EveryServiceIsConfiguredByItsApplicationPropertiesKeys::keys).orElse(Stream.empty());
        }
        return Stream.empty();
    }

    static Stream<String> keys(Secret secret) {
        return Stream.concat(secret.getStringData() == null ? Stream.empty() : secret.getStringData().keySet().stream(),
                secret.getData() == null ? Stream.empty() : secret.getData().keySet().stream());
    }

    /** The environment-variable form of every key in a properties file, profile prefixes (%dev., …) removed. */
    static Set<String> envNames(Path propertiesFile) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new HashSet<>();
        for (String key : properties.stringPropertyNames()) {
            String unprofiled = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(unprofiled.replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
        }
        return names;
    }
}
