package org.chuanyu.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev overlay's realm files are exactly what k8s/keycloak/merge.jq makes of each structure realm and its dev
 * layer (as ./platform imports them), and each overlay's Keycloak imports the right set: dev the merged files,
 * prod the structure files.
 */
class TheDevRealmsAreTheMergeOfTheStructureAndDevLayers {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedDevRealmsAreUpToDate() throws IOException {
        Path keycloak = Renders.k8s().resolve("keycloak");
        Path generated = Renders.k8s().resolve("overlays/dev/keycloak-realms");
        for (Path structure : jsonFiles(keycloak.resolve("realms"))) {
            String file = structure.getFileName().toString();
            Path dev = keycloak.resolve("dev").resolve(file);
            String merged = Kustomize.run(List.of("jq", "-n", "--slurpfile", "s", structure.toString(),
                    "--slurpfile", "d", dev.toString(), "-f", keycloak.resolve("merge.jq").toString()),
                    "jq merge of " + file);
            Path committed = generated.resolve(file);
            assertTrue(Files.isRegularFile(committed), committed + " is missing: run k8s/overlays/dev/generate-realms.sh");
            assertEquals(JSON.readTree(merged), JSON.readTree(committed.toFile()),
                    committed + " is out of date with k8s/keycloak/{realms,dev}/" + file
                            + ": run k8s/overlays/dev/generate-realms.sh and commit the result");
        }
        assertEquals(names(keycloak.resolve("realms")), names(generated),
                "the dev overlay's realm files are not one per structure realm");
    }

    @Test
    void devImportsTheMergedRealmsAndProdTheStructureOnly() throws IOException {
        assertEquals(realmFiles(Renders.k8s().resolve("overlays/dev/keycloak-realms")), imported(Renders.overlay("dev")),
                "the dev overlay's Keycloak does not import the merged realm files");
        assertEquals(realmFiles(Renders.k8s().resolve("keycloak/realms")), imported(Renders.overlay("prod")),
                "the prod overlay's Keycloak does not import the structure realm files");
        assertTrue(imported(Renders.overlay("dev")).values().stream()
                        .anyMatch(realm -> realm.path("users").findValues("credentials").size() > 0),
                "the dev realms carry no demo user with a password: the dev layer is missing");
    }

    private static Map<String, JsonNode> imported(Render render) throws IOException {
        ConfigMap realms = render.configMaps().stream()
                .filter(m -> m.getMetadata().getName().startsWith("keycloak-realms")).findFirst().orElseThrow(
                        () -> new AssertionError(render + ": no keycloak-realms ConfigMap"));
        Map<String, JsonNode> files = new TreeMap<>();
        for (var e : realms.getData().entrySet()) {
            files.put(e.getKey(), JSON.readTree(e.getValue()));
        }
        return files;
    }

    private static Map<String, JsonNode> realmFiles(Path dir) throws IOException {
        Map<String, JsonNode> files = new TreeMap<>();
        for (Path f : jsonFiles(dir)) {
            files.put(f.getFileName().toString(), JSON.readTree(f.toFile()));
        }
        return files;
    }

    private static List<String> names(Path dir) throws IOException {
        return jsonFiles(dir).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}
