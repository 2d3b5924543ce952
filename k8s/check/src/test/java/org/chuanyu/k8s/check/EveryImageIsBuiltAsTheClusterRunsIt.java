package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A module's image is what its Jib configuration (the jurisdiction-core library's keys and the module's own) builds, and
 * the cluster runs it as built: every container of its Deployment names that image and tag, listens on the ports
 * the image declares, runs as the image's user, and its memory limit leaves the JVM (at the image's
 * {@code MaxRAMPercentage}) at least the heap the end-to-end suite runs the services at. The Jib keys are the only
 * image definition: no Dockerfile is left beside them.
 */
class EveryImageIsBuiltAsTheClusterRunsIt {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern TESTED_HEAP = Pattern.compile("JAVA_SERVICE_OPTS=\"\\$\\{JAVA_SERVICE_OPTS:-[^}]*-Xmx(\\d+)m");
    private static final long MIB = 1024 * 1024;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#all")
    void everyDeploymentRunsItsModulesImageAsBuilt(Render render) {
        var violations = new Violations(render);
        long testedHeap = testedHeapMiB();
        EveryServiceIsConfiguredByItsApplicationPropertiesKeys.MODULE_DIRECTORIES.forEach((module, directory) -> {
            Map<String, String> config = buildConfig(directory);
            Deployment deployment = render.deployment(module).orElse(null);
            if (deployment == null) {
                violations.add("no Deployment " + module);
                return;
            }
            String image = config.get("quarkus.container-image.registry") + "/" + config.get("quarkus.container-image.group")
                    + "/" + config.get("quarkus.container-image.name") + ":" + config.get("quarkus.container-image.tag");
            var pod = deployment.getSpec().getTemplate().getSpec();
            String user = config.get("quarkus.jib.user");
            Long podUser = pod.getSecurityContext() == null ? null : pod.getSecurityContext().getRunAsUser();
            List<Container> containers = Stream.concat(pod.getContainers().stream(),
                    pod.getInitContainers() == null ? Stream.empty() : pod.getInitContainers().stream()).toList();
            String jvm = config.getOrDefault("quarkus.jib.jvm-additional-arguments", "");
            Matcher percentage = RAM_PERCENTAGE.matcher(jvm);
            violations.check(percentage.find(), module + ": the image sets no -XX:MaxRAMPercentage (" + jvm + ")");
            violations.check(jvm.contains("-XX:+ExitOnOutOfMemoryError"),
                    module + ": the image lacks -XX:+ExitOnOutOfMemoryError, with which the suite runs the services");
            for (Container c : containers) {
                String where = module + " container " + c.getName();
                violations.check(image.equals(c.getImage()), where + " runs " + c.getImage() + ", Jib builds " + image);
                Long runAs = c.getSecurityContext() != null && c.getSecurityContext().getRunAsUser() != null
                        ? c.getSecurityContext().getRunAsUser() : podUser;
                violations.check(user != null && runAs != null && user.equals(runAs.toString()),
                        where + " runs as user " + runAs + ", the image's user is " + user);
                Quantity limit = c.getResources() == null || c.getResources().getLimits() == null ? null
                        : c.getResources().getLimits().get("memory");
                if (limit == null) {
                    violations.add(where + " has no memory limit");
                } else if (percentage.find(0)) {
                    BigDecimal heap = Quantity.getAmountInBytes(limit).multiply(new BigDecimal(percentage.group(1)))
                            .divide(BigDecimal.valueOf(100 * MIB), java.math.RoundingMode.DOWN);
                    violations.check(heap.longValue() >= testedHeap, where + ": limit " + limit + " at "
                            + percentage.group(1) + "% is a " + heap + " MiB heap, below the " + testedHeap
                            + " MiB the suite runs the services at");
                }
            }
            Container main = pod.getContainers().stream().filter(c -> c.getName().equals(module)).findFirst()
                    .orElse(pod.getContainers().get(0));
            Set<String> declared = Arrays.stream(config.getOrDefault("quarkus.jib.ports", "").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> served = main.getPorts() == null ? Set.of() : main.getPorts().stream()
                    .map(ContainerPort::getContainerPort).map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
            violations.check(declared.equals(served),
                    module + ": the image declares ports " + declared + ", the container serves " + served);
        });
        violations.assertNone("images the cluster runs otherwise than Jib builds them");
    }

    @Test
    void noModuleKeepsADockerfileBesideItsJibKeys() {
        List<String> left = EveryServiceIsConfiguredByItsApplicationPropertiesKeys.MODULE_DIRECTORIES.values().stream()
                .map(d -> Renders.repository().resolve(d).resolve("src/main/docker"))
                .filter(Files::exists).map(Path::toString).toList();
        assertEquals(List.of(), left);
    }

    @Test
    void theBaseImageIsAPinnedProperty() {
        Map<String, String> config = buildConfig("services/parks");
        assertEquals("${platform.image.base}", raw(library()).getProperty("quarkus.jib.base-jvm-image"));
        String base = config.get("quarkus.jib.base-jvm-image");
        assertEquals(true, EveryImageIsPinned.pinned(base), base);
    }

    /** The build-time keys as Quarkus resolves them for a module: its application.properties over the library's. */
    static Map<String, String> buildConfig(String directory) {
        Map<String, String> merged = new HashMap<>();
        put(merged, raw(library()));
        put(merged, raw(Renders.repository().resolve(directory).resolve("src/main/resources/application.properties")));
        Map<String, String> resolved = new HashMap<>();
        merged.forEach((k, v) -> resolved.put(k, resolve(v, merged, 0)));
        return resolved;
    }

    private static Path library() {
        return Renders.repository().resolve("services/jurisdiction-core/src/main/resources/META-INF/microprofile-config.properties");
    }

    private static void put(Map<String, String> into, Properties properties) {
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> into.put(k, properties.getProperty(k)));
    }

    private static String resolve(String value, Map<String, String> config, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("references nest too deep: " + value);
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = config.get(m.group(1));
            String replacement = found != null ? resolve(found, config, depth + 1) : m.group(2) != null ? m.group(2) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Properties raw(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The heap the end-to-end suite and the fault drill run every service at: the platform script's default. */
    private static long testedHeapMiB() {
        try {
            Matcher m = TESTED_HEAP.matcher(Files.readString(Renders.repository().resolve("platform")));
            if (!m.find()) {
                throw new AssertionError("the platform script sets no -Xmx in JAVA_SERVICE_OPTS");
            }
            return Long.parseLong(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
