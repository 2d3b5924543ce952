package org.chuanyu.bench.load;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bearer token obtained by running a shell command, refreshed on its own thread so that the event
 * loop never waits for a process. A failed refresh keeps the previous token (a run should not collapse
 * into 401s because the identity provider hiccuped once) and is counted so the report can show it.
 */
public final class TokenSource implements AutoCloseable {

    /** A token command that hangs must not hang the run; identity providers answer well within this. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final String command;
    private final ScheduledExecutorService refresher;
    private final AtomicLong refreshFailures = new AtomicLong();
    private volatile String token;

    private TokenSource(String command, String token) {
        this.command = command;
        this.token = token;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "token-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the command once (a failure here is fatal: the run would be meaningless without a token),
     * then every {@code refresh}.
     */
    public static TokenSource start(String command, Duration refresh) throws IOException {
        TokenSource source = new TokenSource(command, fetch(command));
        long periodMs = refresh.toMillis();
        source.refresher.scheduleAtFixedRate(source::refresh, periodMs, periodMs, TimeUnit.MILLISECONDS);
        return source;
    }

    public String token() {
        return token;
    }

    public long refreshFailures() {
        return refreshFailures.get();
    }

    private void refresh() {
        try {
            token = fetch(command);
        } catch (IOException | RuntimeException e) {
            refreshFailures.incrementAndGet();
            System.err.println("token refresh failed, keeping the previous token: " + e.getMessage());
        }
    }

    /** The last non-empty line of the command's standard output. */
    public static String fetch(String command) throws IOException {
        // Output goes to a file rather than a pipe, so a command that hangs (or leaves a child holding
        // the pipe open) cannot block us past the timeout.
        Path output = Files.createTempFile("bench-token", ".out");
        try {
            Process process = new ProcessBuilder("bash", "-c", command)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            awaitSuccess(process);
            return lastNonEmptyLine(Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void awaitSuccess(Process process) throws IOException {
        try {
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("token command did not finish within " + COMMAND_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the token command", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("token command exited with " + process.exitValue());
        }
    }

    static String lastNonEmptyLine(String text) throws IOException {
        String last = null;
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                last = line.trim();
            }
        }
        if (last == null) {
            throw new IOException("token command printed nothing");
        }
        return last;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
