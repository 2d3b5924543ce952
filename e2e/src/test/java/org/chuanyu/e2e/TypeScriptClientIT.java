package org.chuanyu.e2e;

import org.chuanyu.e2e.fuzz.ApiDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A TypeScript client generated from the merged document compiles under {@code tsc --strict} (docs/api.md, "The
 * published contract"), and {@code clients/typescript/src/usage.ts} uses it as the console will: nullable fields
 * must be checked, operations are named. Its type-level checks fail to compile when the document stops declaring a
 * field nullable. The packages ({@code openapi-typescript}, {@code typescript}, pinned in package-lock.json) are
 * installed by {@code ./platform test}; CI refuses to run without them.
 */
class TypeScriptClientIT {

    private static final Path CLIENT = Path.of(System.getProperty("project.root", ".."), "clients", "typescript");

    @Test
    void theGeneratedTypesCompileUnderStrict() throws Exception {
        Path bin = CLIENT.resolve("node_modules/.bin");
        Assumptions.assumeTrue(Files.isExecutable(bin.resolve("tsc")) && Files.isExecutable(bin.resolve("openapi-typescript")),
                "clients/typescript has no node_modules (./platform test installs them): the TypeScript client was not checked");
        Path generated = Files.createDirectories(CLIENT.resolve("generated"));
        Path document = generated.resolve("openapi.json");
        Files.writeString(document, ApiDocument.read(Stack.GATEWAY).toString());
        run(List.of(bin.resolve("openapi-typescript").toString(), document.toString(), "-o",
                generated.resolve("platform.d.ts").toString()));
        run(List.of(bin.resolve("tsc").toString(), "--noEmit", "-p", CLIENT.toString()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertEquals(0, done ? p.exitValue() : -1, String.join(" ", command) + " failed:\n" + out);
    }
}
