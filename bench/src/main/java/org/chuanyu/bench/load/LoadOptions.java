package org.chuanyu.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything one {@code load} run needs, checked up front so that a bad option fails before any traffic. */
public record LoadOptions(
        String scenario,
        URI url,
        String method,
        List<Header> headers,
        Optional<String> tokenCommand,
        Duration tokenRefresh,
        Optional<BodyTemplate> body,
        boolean idempotencyKey,
        List<Integer> rates,
        int stepSeconds,
        int warmupSeconds,
        int connections,
        int timeoutMs,
        int stopP99Ms,
        Optional<Path> out,
        Map<String, Long> watch,
        Optional<String> stopFile) {

    public record Header(String name, String value) {
    }

    static final String DEFAULT_SCENARIO = "load";
    static final String DEFAULT_METHOD = "GET";
    static final Set<String> METHODS = Set.of("GET", "POST", "PUT");
    static final int DEFAULT_TOKEN_REFRESH_SECONDS = 60;
    static final int DEFAULT_STEP_SECONDS = 30;
    static final int DEFAULT_WARMUP_SECONDS = 5;
    static final int DEFAULT_CONNECTIONS = 64;
    static final int DEFAULT_TIMEOUT_MS = 5000;
    static final int DEFAULT_STOP_P99_MS = 100;

    static final Set<String> VALUED = Set.of("scenario", "url", "method", "header", "token-cmd", "token-refresh",
            "body-file", "rates", "step-seconds", "warmup-seconds", "connections", "timeout-ms", "stop-p99-ms",
            "out", "watch", "stop-file");
    static final Set<String> SWITCHES = Set.of("idempotency-key");

    public static final String USAGE = """
            usage: load --url URL --rates R1,R2,... [options]
              --scenario NAME          label in the output (default load)
              --method GET|POST|PUT    (default GET)
              --header "Name: value"   repeatable
              --token-cmd "COMMAND"    bash -c COMMAND; its last non-empty stdout line is the bearer token
              --token-refresh SECONDS  re-run the token command this often (default 60)
              --body-file FILE         JSON body template: ${uuid}, ${seq}, ${pick:a|b|c}
              --idempotency-key        a fresh Idempotency-Key header on every request
              --step-seconds N         length of each step (default 30)
              --warmup-seconds N       unrecorded warm-up at the first rate (default 5)
              --connections N          HTTP/1.1 keep-alive pool size (default 64)
              --timeout-ms N           per-request timeout (default 5000)
              --stop-p99-ms N          stop stepping after a step whose p99 exceeds N ms; 0 = never (default 100)
              --out FILE               append one JSON line per step
              --watch name=pid,...     sample these processes' CPU and RSS during each step
              --stop-file FILE         end the running step early once FILE exists (its seconds: those it ran)
            """;

    public static LoadOptions parse(String[] argv) throws IOException {
        Args args = Args.parse(argv, VALUED, SWITCHES);
        String method = args.value("method").orElse(DEFAULT_METHOD).toUpperCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("--method must be one of GET, POST, PUT, not " + method);
        }
        Optional<BodyTemplate> body = Optional.empty();
        if (args.value("body-file").isPresent()) {
            Path file = Path.of(args.value("body-file").get());
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("--body-file " + file + " is not a readable file");
            }
            body = Optional.of(BodyTemplate.parse(Files.readString(file, StandardCharsets.UTF_8)));
        }
        LoadOptions options = new LoadOptions(
                args.value("scenario").orElse(DEFAULT_SCENARIO),
                url(args.required("url")),
                method,
                headers(args.values("header")),
                args.value("token-cmd"),
                Duration.ofSeconds(positive(args, "token-refresh", DEFAULT_TOKEN_REFRESH_SECONDS)),
                body,
                args.flag("idempotency-key"),
                rates(args.commaValues("rates")),
                positive(args, "step-seconds", DEFAULT_STEP_SECONDS),
                notNegative(args, "warmup-seconds", DEFAULT_WARMUP_SECONDS),
                positive(args, "connections", DEFAULT_CONNECTIONS),
                positive(args, "timeout-ms", DEFAULT_TIMEOUT_MS),
                notNegative(args, "stop-p99-ms", DEFAULT_STOP_P99_MS),
                args.value("out").map(Path::of),
                watch(args.commaValues("watch")),
                args.value("stop-file"));
        return options;
    }

    private static URI url(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
                throw new IllegalArgumentException("--url must be an absolute http(s) URL, not " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--url is not a valid URL: " + e.getMessage());
        }
    }

    private static List<Header> headers(List<String> raw) {
        List<Header> headers = new ArrayList<>();
        for (String header : raw) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--header must look like \"Name: value\", not " + header);
            }
            headers.add(new Header(header.substring(0, colon).trim(), header.substring(colon + 1).trim()));
        }
        return List.copyOf(headers);
    }

    private static List<Integer> rates(List<String> raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("option --rates is required (requests per second per step, e.g. 100,200,400)");
        }
        List<Integer> rates = new ArrayList<>();
        for (String rate : raw) {
            try {
                int value = Integer.parseInt(rate);
                if (value <= 0) {
                    throw new NumberFormatException();
                }
                rates.add(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--rates must be positive whole numbers, not '" + rate + "'");
            }
        }
        return List.copyOf(rates);
    }

    private static Map<String, Long> watch(List<String> raw) {
        Map<String, Long> watch = new LinkedHashMap<>();
        for (String entry : raw) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--watch entries must look like name=pid, not " + entry);
            }
            String name = entry.substring(0, eq).trim();
            try {
                watch.put(name, Long.parseLong(entry.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--watch " + name + ": pid must be a number, not " + entry.substring(eq + 1));
            }
        }
        return watch;
    }

    private static int positive(Args args, String name, int defaultValue) {
        int value = args.intValue(name, defaultValue);
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be greater than 0");
        }
        return value;
    }

    private static int notNegative(Args args, String name, int defaultValue) {
        int value = args.intValue(name, defaultValue);
        if (value < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return value;
    }
}
