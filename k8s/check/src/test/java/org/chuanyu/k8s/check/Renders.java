package org.chuanyu.k8s.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The kustomizations under k8s/, each rendered once per test run. */
final class Renders {

    /** Every module the platform deploys; each must run as a Deployment in every overlay. */
    static final List<String> MODULES = List.of("parks", "projects", "policy-coordination", "common-handling",
            "gateway", "keycloak");

    private static final ConcurrentHashMap<String, Render> CACHE = new ConcurrentHashMap<>();

    private Renders() {
    }

    static Path k8s() {
        String configured = System.getProperty("k8s.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..");
        return dir.toAbsolutePath().normalize();
    }

    static Path repository() {
        return k8s().getParent();
    }

    static Render base() {
        return CACHE.computeIfAbsent("base", name -> Render.of(name, k8s().resolve("base")));
    }

    static Render overlay(String name) {
        return CACHE.computeIfAbsent(name, n -> Render.of("overlays/" + n, k8s().resolve("overlays").resolve(n)));
    }

    /** Every overlay: what can be applied to a cluster. */
    static Stream<Render> overlays() {
        try (Stream<Path> dirs = Files.list(k8s().resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream().map(Renders::overlay);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The base and every overlay. */
    static Stream<Render> all() {
        return Stream.concat(Stream.of(base()), overlays());
    }

    /** What may reach a shared or production cluster: everything except the dev overlay. */
    static Stream<Render> beyondDev() {
        return all().filter(r -> !r.name().equals("overlays/dev"));
    }
}
