package org.chuanyu.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's one OpenAPI document, merged from the real services. */
class GatewayOpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Test
    void everyOperationOfEveryServiceAppearsExactlyOnce() {
        String merged = given().baseUri(Stack.GATEWAY).queryParam("format", "json").when().get("/openapi")
                .then().statusCode(200).extract().asString();
        List<String> mergedOperations = operations(merged);
        for (Stack.Service service : Stack.SERVICES) {
            String own = given().baseUri(service.management()).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            for (String operation : operations(own)) {
                assertEquals(1, mergedOperations.stream().filter(operation::equals).count(),
                        operation + " of " + service.name() + " in the merged document");
            }
        }
        assertTrue(JsonPath.from(merged).getList("x-unavailable-routes") == null,
                "every service should have been merged: " + JsonPath.from(merged).getList("x-unavailable-routes"));
    }

    @Test
    void theMergedDocumentPassesSpectralsOasRuleset() throws Exception {
        Path spectral = spectral();
        Assumptions.assumeTrue(spectral != null, "Spectral is not installed (.run/node_modules/.bin/spectral or "
                + "spectral on PATH); the spectral:oas lint of the merged document was not run");
        Path document = Files.createTempFile("merged-openapi", ".json");
        Path ruleset = Files.createTempFile("spectral", ".yaml");
        try {
            Files.writeString(document, given().baseUri(Stack.GATEWAY).when().get("/openapi")
                    .then().statusCode(200).extract().asString());
            Files.writeString(ruleset, "extends: [\"spectral:oas\"]\n");
            Process process = new ProcessBuilder(spectral.toString(), "lint", "--ruleset", ruleset.toString(),
                    "--fail-severity", "error", "--format", "text", document.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "spectral did not finish");
            assertEquals(0, process.exitValue(), "spectral:oas reported errors:\n" + output);
        } finally {
            Files.deleteIfExists(document);
            Files.deleteIfExists(ruleset);
        }
    }

    private static Path spectral() throws IOException {
        Path local = Paths.get(System.getProperty("project.root", ".")).resolve(".run/node_modules/.bin/spectral");
        if (Files.isExecutable(local)) {
            return local;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Paths.get(dir).resolve("spectral");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> operations(String document) {
        Map<String, Map<String, Object>> paths = JsonPath.from(document).getMap("paths");
        List<String> out = new ArrayList<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains)
                .forEach(method -> out.add(method.toUpperCase() + " " + path)));
        return out;
    }
}
