package org.chuanyu.k8s.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Renders a kustomization exactly as {@code kubectl apply -k} would, with the kubectl on the PATH. */
final class Kustomize {

    private static final long TIMEOUT_SECONDS = 120;

    private Kustomize() {
    }

    static String render(Path kustomization) {
        return run(List.of("kubectl", "kustomize", kustomization.toString()), "kubectl kustomize " + kustomization);
    }

    /** Runs a tool and returns its standard output; a missing tool or a failure ends the test with a clear message. */
    static String run(List<String> command, String what) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException notFound) {
            return fail(command.get(0) + " is not on the PATH, and '" + what + "' needs it. Install it "
                    + "(kubectl: https://kubernetes.io/docs/tasks/tools/, jq: apt-get install -y jq) and run again. ("
                    + notFound.getMessage() + ")");
        }
        try {
            // Read both streams before waiting, so that a large render never blocks on a full pipe.
            var stdout = process.getInputStream().readAllBytes();
            var stderr = process.getErrorStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("'" + what + "' did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                return fail("'" + what + "' failed (exit " + process.exitValue() + "):\n"
                        + new String(stderr, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return fail("'" + what + "' could not be run: " + e);
        }
    }
}
