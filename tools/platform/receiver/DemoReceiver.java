import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * The demo's webhook receiver (./platform up): a real HTTP server on 127.0.0.1 that verifies every signature with the
 * secret of the subscription it was made for (secrets/<first path segment>, written by the demo) and prints one line
 * per arrival. Run by the JDK's source launcher: java DemoReceiver.java PORT SECRETS_DIR.
 */
public final class DemoReceiver {

    private static final long REPLAY_WINDOW_SECONDS = 300;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path secrets = Path.of(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            String name = path.replaceAll("^/+", "").split("/")[0];
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            Path file = secrets.resolve(name.isEmpty() ? "none" : name);
            String secret = Files.isRegularFile(file) ? Files.readString(file).strip() : null;
            boolean valid = secret != null && id != null && timestamp != null && signature != null
                    && verify(secret, id, timestamp, body, signature);
            System.out.printf("%s %s %s signature=%s %s%n", Instant.now(), path, id, valid ? "valid" : "INVALID",
                    summary(body));
            System.out.flush();
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        System.out.println("demo receiver listening on http://127.0.0.1:" + port + "/");
    }

    static boolean verify(String secret, String id, String timestamp, String body, String signatures) {
        try {
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > REPLAY_WINDOW_SECONDS) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String entry : signatures.split(" ")) {
                if (entry.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** The event's type and subject, read without a JSON library (the demo prints; it does not parse further). */
    static String summary(String body) {
        return field(body, "type") + " " + field(body, "subject");
    }

    static String field(String body, String name) {
        String key = "\"" + name + "\":\"";
        int at = body.indexOf(key);
        if (at < 0) {
            return "-";
        }
        int end = body.indexOf('"', at + key.length());
        return end < 0 ? "-" : body.substring(at + key.length(), end);
    }
}
