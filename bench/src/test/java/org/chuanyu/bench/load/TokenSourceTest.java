package org.chuanyu.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenSourceTest {

    @Test
    void theTokenIsTheLastNonEmptyLine() throws IOException {
        assertEquals("second", TokenSource.fetch("printf 'first\\n  second  \\n\\n'"));
    }

    @Test
    void aFailingOrSilentCommandIsAnError() {
        assertThrows(IOException.class, () -> TokenSource.fetch("echo nope; exit 1"));
        assertThrows(IOException.class, () -> TokenSource.fetch("true"));
    }

    @Test
    void aFailedRefreshKeepsTheOldTokenAndIsCounted() throws Exception {
        // First run prints a token; later runs fail because the marker file exists by then.
        java.nio.file.Path marker = java.nio.file.Files.createTempFile("token", ".marker");
        java.nio.file.Files.delete(marker);
        String command = "if [ -e " + marker + " ]; then exit 1; fi; touch " + marker + "; echo tok";
        try (TokenSource source = TokenSource.start(command, Duration.ofMillis(100))) {
            // Polls (never sleeps a fixed time) until two refreshes have failed, for up to ten seconds.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (source.refreshFailures() < 2 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(true, source.refreshFailures() >= 2, "failures " + source.refreshFailures());
            assertEquals("tok", source.token());
        } finally {
            java.nio.file.Files.deleteIfExists(marker);
        }
    }
}
