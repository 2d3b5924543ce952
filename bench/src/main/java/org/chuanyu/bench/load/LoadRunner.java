package org.chuanyu.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Runs the warm-up and the steps of one {@code load} invocation and writes their reports. */
public final class LoadRunner {

    /** The generator's own entry in "processes": its CPU matters when judging a saturated run. */
    static final String SELF = "loadgen";
    private static final int HTTP_DEFAULT_PORT = 80;
    private static final int HTTPS_DEFAULT_PORT = 443;

    /** The URL cannot be reached before the run starts (as opposed to failing during it). */
    public static final class UnreachableException extends Exception {
        UnreachableException(String message) {
            super(message);
        }
    }

    private LoadRunner() {
    }

    public static List<StepReport> run(LoadOptions options, PrintStream human)
            throws IOException, UnreachableException, InterruptedException {
        probe(options.url(), options.timeoutMs());
        Map<String, Long> watched = watchList(options.watch());
        ObjectMapper mapper = new ObjectMapper();
        List<StepReport> reports = new ArrayList<>();
        TokenSource tokens = options.tokenCommand().isPresent()
                ? startTokens(options)
                : null;
        Vertx vertx = Vertx.vertx();
        try (ProcessWatcher watcher = new ProcessWatcher(watched)) {
            HttpClient client = vertx.createHttpClient(
                    new HttpClientOptions().setKeepAlive(true).setConnectTimeout(options.timeoutMs()),
                    new PoolOptions().setHttp1MaxSize(options.connections()));
            RequestPlan plan = new RequestPlan(options, () -> Optional.ofNullable(tokens).map(TokenSource::token));
            OpenLoop loop = new OpenLoop(vertx, client, plan, options.timeoutMs(), options.stopFile());
            if (options.warmupSeconds() > 0) {
                human.printf("%s warm-up %d req/s x %d s (not recorded)%n",
                        options.scenario(), options.rates().get(0), options.warmupSeconds());
                await(loop.run(options.rates().get(0), options.warmupSeconds()));
            }
            for (int rate : options.rates()) {
                watcher.beginStep();
                StepStats stats = await(loop.run(rate, options.stepSeconds()));
                StepReport report = new StepReport(options.scenario(), stats, watcher.endStep(),
                        tokens == null ? OptionalLong.empty() : OptionalLong.of(tokens.refreshFailures()));
                reports.add(report);
                human.println(report.humanLine());
                if (options.out().isPresent()) {
                    append(options.out().get(), mapper.writeValueAsString(report.toJson(mapper)));
                }
                if (options.stopP99Ms() > 0 && report.p99Millis() > options.stopP99Ms()) {
                    human.printf("%s p99 %.1f ms exceeds %d ms: not stepping further%n",
                            options.scenario(), report.p99Millis(), options.stopP99Ms());
                    break;
                }
            }
        } finally {
            if (tokens != null) {
                tokens.close();
            }
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
        return reports;
    }

    private static TokenSource startTokens(LoadOptions options) throws UnreachableException {
        try {
            return TokenSource.start(options.tokenCommand().get(), options.tokenRefresh());
        } catch (IOException e) {
            throw new UnreachableException("cannot obtain a token: " + e.getMessage());
        }
    }

    /** A refused connection at the start is a setup mistake (wrong port, stack down), not a result. */
    private static void probe(URI url, int timeoutMs) throws UnreachableException {
        int port = url.getPort() > 0 ? url.getPort()
                : "https".equals(url.getScheme()) ? HTTPS_DEFAULT_PORT : HTTP_DEFAULT_PORT;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), timeoutMs);
        } catch (IOException e) {
            throw new UnreachableException("cannot reach " + url.getHost() + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    private static Map<String, Long> watchList(Map<String, Long> requested) {
        Map<String, Long> watched = new LinkedHashMap<>();
        if (!ProcStat.procAvailable()) {
            if (!requested.isEmpty()) {
                System.err.println("no /proc here: --watch ignored");
            }
            return watched;
        }
        requested.forEach((name, pid) -> {
            if (!ProcStat.exists(pid)) {
                throw new IllegalArgumentException("--watch " + name + "=" + pid + ": no such process");
            }
            watched.put(name, pid);
        });
        watched.putIfAbsent(SELF, ProcessHandle.current().pid());
        return watched;
    }

    private static StepStats await(CompletableFuture<StepStats> step) throws InterruptedException {
        try {
            return step.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("step failed", e.getCause());
        }
    }

    private static void append(Path out, String line) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
