package org.chuanyu.bench.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.chuanyu.bench.load.Args;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * {@code bench.jar receiver --port P --secrets-dir D --out F}: the drill's webhook receiver. A real HTTP server that
 * verifies every signature with the secret of the subscription named by the first path segment (file D/<segment>,
 * re-read on each request so a rotation or a late subscription is picked up), answers 204 or 401, and appends one JSON
 * line per arrival to F (appending: a receiver restarted after its outage keeps what arrived before).
 */
public final class ReceiverCommand {

    private ReceiverCommand() {
    }

    public static int run(String[] args) throws Exception {
        Args o = Args.parse(args, Set.of("port", "secrets-dir", "out"), Set.of());
        int port = o.intValue("port", 8090);
        Path secrets = Path.of(o.required("secrets-dir"));
        Path out = Path.of(o.required("out"));
        ObjectMapper json = new ObjectMapper();
        BufferedWriter arrivals = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            String name = path.replaceAll("^/+", "").split("/")[0];
            Path file = secrets.resolve(name.isEmpty() ? "-" : name);
            String secret = Files.isRegularFile(file) ? Files.readString(file).strip() : null;
            var h = exchange.getRequestHeaders();
            boolean valid = Signatures.valid(secret, h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), body,
                    h.getFirst("webhook-signature"), Instant.now().getEpochSecond());
            ObjectNode line = json.createObjectNode().put("at", Instant.now().toString()).put("path", path)
                    .put("id", h.getFirst("webhook-id")).put("valid", valid);
            try {
                JsonNode event = json.readTree(body);
                line.put("type", event.path("type").asText(null)).put("subject", event.path("subject").asText(null))
                        .put("time", event.path("time").asText(null));
            } catch (IOException e) {
                line.put("type", (String) null);
            }
            synchronized (arrivals) {
                arrivals.write(line.toString());
                arrivals.newLine();
                arrivals.flush();
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        System.out.println("receiver: listening on http://127.0.0.1:" + port + "/");
        new CountDownLatch(1).await(); // until the drill stops it
        return 0;
    }
}
