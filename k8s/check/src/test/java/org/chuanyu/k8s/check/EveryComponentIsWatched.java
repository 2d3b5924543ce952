package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The operators see every component and are woken for what matters (docs/operations.md, "Scraping, alerts and the
 * dashboard"): a ServiceMonitor scrapes each module's management port, each alert names a runbook that page has, and
 * the rules pass promtool's check and the unit tests in alerts-test.yaml (each alert fires on its story and not
 * beside it). promtool comes with Debian's prometheus package, which ./platform test installs; without it the
 * promtool part is skipped, except in CI.
 */
class EveryComponentIsWatched {

    private static final Pattern RUNBOOK = Pattern.compile("docs/operations\\.md#([a-z0-9-]+)$");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyModuleIsScrapedOnItsManagementPort(Render render) {
        var violations = new Violations(render);
        List<GenericKubernetesResource> monitors = render.custom("ServiceMonitor");
        for (String module : Renders.MODULES) {
            Service service = render.services().stream().filter(s -> s.getMetadata().getName().equals(module))
                    .findFirst().orElse(null);
            violations.check(service != null, "no Service " + module);
            if (service == null) {
                continue;
            }
            boolean scraped = monitors.stream().anyMatch(m -> service.getMetadata().getLabels().entrySet()
                    .containsAll(Render.stringMap(m, "spec", "selector", "matchLabels").entrySet())
                    && !Render.stringMap(m, "spec", "selector", "matchLabels").isEmpty()
                    && endpointPorts(m).contains(ManagementInterfacesStayInside.MANAGEMENT));
            violations.check(scraped, "no ServiceMonitor scrapes Service " + module + " on its port "
                    + ManagementInterfacesStayInside.MANAGEMENT);
            violations.check(service.getSpec().getPorts().stream()
                            .anyMatch(p -> ManagementInterfacesStayInside.MANAGEMENT.equals(p.getName())),
                    "Service " + module + " has no port named " + ManagementInterfacesStayInside.MANAGEMENT);
        }
        violations.assertNone("modules the operators cannot see");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyAlertHasARunbookAndTheRulesPassPromtool(Render render) throws Exception {
        var violations = new Violations(render);
        List<GenericKubernetesResource> rules = render.custom("PrometheusRule");
        violations.check(rules.size() == 1, "expected one PrometheusRule, found " + rules.size());
        String operations = Files.readString(Renders.repository().resolve("docs/operations.md")).toLowerCase(Locale.ROOT);
        List<String> alerts = new ArrayList<>();
        for (GenericKubernetesResource rule : rules) {
            for (Object group : (List<?>) rule.get("spec", "groups")) {
                for (Object r : (List<?>) ((Map<?, ?>) group).get("rules")) {
                    Map<?, ?> alert = (Map<?, ?>) r;
                    String name = String.valueOf(alert.get("alert"));
                    alerts.add(name);
                    Object annotations = alert.get("annotations");
                    String runbook = annotations instanceof Map<?, ?> a ? String.valueOf(a.get("runbook_url")) : "";
                    Matcher m = RUNBOOK.matcher(runbook);
                    boolean named = m.find();
                    violations.check(named, "alert " + name + " names no runbook in docs/operations.md: " + runbook);
                    violations.check(!named || operations.contains("\n### " + m.group(1) + "\n"),
                            "docs/operations.md has no runbook heading '### " + name + "' for alert " + name);
                }
            }
        }
        violations.check(alerts.size() >= 6, "only " + alerts.size() + " alerts: " + alerts);
        violations.assertNone("alerts without runbooks");

        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        boolean promtool = Files.isExecutable(Path.of("/usr/bin/promtool"));
        if (!promtool && ci) {
            throw new AssertionError("promtool is required in CI (Debian's prometheus package; ./platform test installs it)");
        }
        Assumptions.assumeTrue(promtool, "promtool is not installed: the alert rules were not checked by promtool");
        Path dir = Files.createTempDirectory("alerts");
        Path rulesFile = dir.resolve("rules.yaml");
        Files.writeString(rulesFile, new KubernetesSerialization().asYaml(rules.get(0).get("spec")));
        Path tests = dir.resolve("alerts-test.yaml");
        Files.copy(Path.of("src/test/resources/alerts-test.yaml"), tests);
        run(dir, "/usr/bin/promtool", "check", "rules", rulesFile.toString());
        run(dir, "/usr/bin/promtool", "test", "rules", tests.toString());
    }

    private static List<String> endpointPorts(GenericKubernetesResource monitor) {
        Object endpoints = monitor.get("spec", "endpoints");
        List<String> ports = new ArrayList<>();
        if (endpoints instanceof List<?> list) {
            list.forEach(e -> ports.add(String.valueOf(((Map<?, ?>) e).get("port"))));
        }
        return ports;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, done ? p.exitValue() : -1, String.join(" ", command) + ":\n" + out);
    }
}
