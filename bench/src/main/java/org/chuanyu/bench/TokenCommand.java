package org.chuanyu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bearer token from a shell command (normally {@code ./platform token ACCOUNT}), fetched again once it is older
 * than the refresh interval. When a refresh fails (Keycloak down, say) the old token is kept: a real client goes on
 * using the token it holds until it expires, and that is exactly what a Keycloak outage must not break.
 */
public final class TokenCommand {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);

    private final String command;
    private final Duration refresh;
    private final AtomicReference<String> token = new AtomicReference<>();
    private final AtomicInteger failedRefreshes = new AtomicInteger();
    private volatile long fetchedAt;

    public TokenCommand(String command, Duration refresh) {
        this.command = command;
        this.refresh = refresh;
    }

    /** The current token; the first call fails loudly when no token can be had at all. */
    public String current() {
        String t = token.get();
        if (t == null) {
            t = fetch();
            if (t == null) {
                throw new IllegalStateException("no token from: " + command);
            }
            token.set(t);
            fetchedAt = System.nanoTime();
        } else if (System.nanoTime() - fetchedAt > refresh.toNanos()) {
            synchronized (this) {
                if (System.nanoTime() - fetchedAt > refresh.toNanos()) {
                    fetchedAt = System.nanoTime();
                    String fresh = fetch();
                    if (fresh != null) {
                        token.set(fresh);
                    } else {
                        failedRefreshes.incrementAndGet();
                    }
                }
            }
            t = token.get();
        }
        return t;
    }

    public int failedRefreshes() {
        return failedRefreshes.get();
    }

    /** Runs the command once; the last non-empty line of its output, or null when it fails. */
    public String fetch() {
        try {
            Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            String last = null;
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    last = line.trim();
                }
            }
            return last;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
