package org.chuanyu.jurisdiction.testing;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Access tokens for tests, from the local Keycloak and its dev realm files (k8s/keycloak/dev/*.json).
 * <ul>
 *   <li>{@link #user} and {@link #serviceAccount}: real tokens issued by Keycloak for the dev accounts;</li>
 *   <li>{@link #mint}: tokens with chosen claims, signed with the realm's dev key ({@code dev-signing-key}) under the
 *       kid Keycloak publishes for it, so services verify them exactly like real ones; plus tokens signed by a key
 *       Keycloak never had, and {@code alg: none} tokens.</li>
 * </ul>
 * System properties: {@code kc.url} (default http://127.0.0.1:8180) and {@code project.root} (default: the nearest
 * directory above {@code user.dir} that contains k8s/keycloak).
 */
public final class RealmTokens {

    public static final String AUDIENCE = "cooperation-api";
    public static final String CLI_CLIENT = "platform-cli";
    private static final String KEY_PROVIDER = "org.keycloak.keys.KeyProvider";
    private static final String DEV_KEY = "dev-signing-key";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> KIDS = new ConcurrentHashMap<>();
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();
    private static volatile Map<String, Map<String, Object>> devRealms;
    private static volatile RSAPrivateKey foreignKey;

    private RealmTokens() {
    }

    public static String kcUrl() {
        return System.getProperty("kc.url", "http://127.0.0.1:8180").replaceAll("/+$", "");
    }

    public static String issuer(String realm) {
        return kcUrl() + "/realms/" + realm;
    }

    // ---- real tokens --------------------------------------------------------------------------------------------

    /** A real access token for a dev user: password grant through platform-cli, password = username. */
    public static String user(String username) {
        requireAccount(username, "user");
        return cached(username, () -> requestToken(realmOf(username), Map.of(
                "grant_type", "password", "client_id", CLI_CLIENT,
                "username", username, "password", username, "scope", "openid")));
    }

    /** A real access token for a service-account client: client credentials with its dev secret. */
    public static String serviceAccount(String clientId) {
        requireAccount(clientId, "client");
        return cached(clientId, () -> requestToken(realmOf(clientId), Map.of(
                "grant_type", "client_credentials", "client_id", clientId,
                "client_secret", (String) devClient(clientId).get("secret"))));
    }

    /** The realm whose dev file defines this user or service-account client. */
    public static String realmOf(String account) {
        for (Map.Entry<String, Map<String, Object>> realm : devRealms().entrySet()) {
            if (accountKind(realm.getValue(), account) != null) {
                return realm.getKey();
            }
        }
        throw new IllegalArgumentException("unknown account '" + account + "': no dev realm file in "
                + devDir() + " defines a user or a client with a secret of that name");
    }

    // ---- minted tokens ------------------------------------------------------------------------------------------

    /** A token for {@code realm} with honest defaults; override claims fluently, then {@link Minter#sign()}. */
    public static Minter mint(String realm) {
        devRealm(realm);
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer(realm));
        claims.put("aud", AUDIENCE);
        claims.put("azp", CLI_CLIENT);
        claims.put("typ", "Bearer");
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(300).getEpochSecond());
        claims.put("province", realm);
        claims.put("realm_access", Map.of("roles", List.of()));
        return new Minter(claims, realm, null).username("minted-user");
    }

    /** Immutable: every override returns a new minter, so a base minter can be shared between tokens. */
    public static final class Minter {
        private final Map<String, Object> claims;
        private final String keyRealm;
        private final String keyId;

        private Minter(Map<String, Object> claims, String keyRealm, String keyId) {
            this.claims = claims;
            this.keyRealm = keyRealm;
            this.keyId = keyId;
        }

        /** Sets preferred_username and a sub derived from it (stable across runs; not Keycloak's user id). */
        public Minter username(String username) {
            String sub = UUID.nameUUIDFromBytes((claims.get("iss") + "|" + username).getBytes(StandardCharsets.UTF_8))
                    .toString();
            return claim("preferred_username", username).claim("sub", sub);
        }

        public Minter subject(String sub) { return claim("sub", sub); }

        public Minter roles(String... roles) { return claim("realm_access", Map.of("roles", List.of(roles))); }

        /** No values: the claim is left out, as Keycloak does for a user without the attribute. */
        public Minter districts(String... codes) { return claim("districts", codes.length == 0 ? null : List.of(codes)); }

        /** No values: the claim is left out, as Keycloak does for a user without the attribute. */
        public Minter zones(String... codes) { return claim("zones", codes.length == 0 ? null : List.of(codes)); }

        public Minter province(String province) { return claim("province", province); }

        public Minter issuer(String issuer) { return claim("iss", issuer); }

        public Minter authorizedParty(String azp) { return claim("azp", azp); }

        /** One value: a string (as Keycloak writes it); several: an array; none: no aud claim. */
        public Minter audience(String... audiences) {
            return claim("aud", audiences.length == 0 ? null : audiences.length == 1 ? audiences[0] : List.of(audiences));
        }

        public Minter issuedAt(Instant t) { return claim("iat", t.getEpochSecond()); }

        public Minter expiresAt(Instant t) { return claim("exp", t.getEpochSecond()); }

        public Minter notBefore(Instant t) { return claim("nbf", t.getEpochSecond()); }

        /** Sets any claim (String, Number, Boolean, List, Map); {@code null} removes it. */
        public Minter claim(String name, Object value) {
            Map<String, Object> copy = new LinkedHashMap<>(claims);
            if (value == null) {
                copy.remove(name);
            } else {
                copy.put(name, value);
            }
            return new Minter(copy, keyRealm, keyId);
        }

        public Minter withoutClaim(String name) { return claim(name, null); }

        /** Sign with another realm's dev key (and its kid); the claims, iss included, stay as they are. */
        public Minter signWithRealmKey(String realm) { devRealm(realm); return new Minter(claims, realm, keyId); }

        /** Put this kid in the header instead of the one Keycloak publishes for the signing key. */
        public Minter keyId(String kid) { return new Minter(claims, keyRealm, kid); }

        public Map<String, Object> claims() { return Map.copyOf(claims); }

        /** Compact JWS, RS256, signed with the realm's dev key: valid in Keycloak's eyes. */
        public String sign() {
            return jws(realmKey(keyRealm), keyId != null ? keyId : kidOf(keyRealm));
        }

        /** Compact JWS signed by an RSA key Keycloak never had, under the kid of the realm's real key. */
        public String signWithForeignKey() {
            return jws(foreignKey(), keyId != null ? keyId : kidOf(keyRealm));
        }

        /** An {@code alg: none} token with these claims and an empty signature. */
        public String unsigned() {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
            return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(JsonUtil.toJson(claims).getBytes(StandardCharsets.UTF_8)) + ".";
        }

        private String jws(RSAPrivateKey key, String kid) {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(JsonUtil.toJson(claims));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            jws.setKeyIdHeaderValue(kid);
            jws.setKey(key);
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("could not sign a test token", e);
            }
        }
    }

    // ---- keys ---------------------------------------------------------------------------------------------------

    /** The private key of the realm's {@code dev-signing-key} component (PKCS#8 PEM body in the dev file). */
    static RSAPrivateKey realmKey(String realm) {
        Map<String, Object> components = map(devRealm(realm).get("components"));
        for (Object c : list(components == null ? null : components.get(KEY_PROVIDER))) {
            Map<String, Object> component = map(c);
            if (DEV_KEY.equals(component.get("name"))) {
                String pem = (String) list(map(component.get("config")).get("privateKey")).get(0);
                try {
                    return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the " + DEV_KEY + " of realm " + realm + " is not a PKCS#8 RSA key", e);
                }
            }
        }
        throw new IllegalStateException("the dev file of realm " + realm + " has no " + KEY_PROVIDER
                + " component named " + DEV_KEY);
    }

    /** The kid Keycloak publishes (JWKS) for the realm's dev key, matched by modulus. */
    static String kidOf(String realm) {
        return KIDS.computeIfAbsent(realm, r -> {
            var modulus = ((RSAPrivateCrtKey) realmKey(r)).getModulus();
            String jwks = get(issuer(r) + "/protocol/openid-connect/certs");
            try {
                for (JsonWebKey key : new JsonWebKeySet(jwks).getJsonWebKeys()) {
                    if (key instanceof RsaJsonWebKey rsa && rsa.getRsaPublicKey().getModulus().equals(modulus)) {
                        return key.getKeyId();
                    }
                }
            } catch (JoseException e) {
                throw new IllegalStateException("unreadable JWKS from " + issuer(r), e);
            }
            throw new IllegalStateException("Keycloak at " + kcUrl() + " does not publish realm " + r + "'s "
                    + DEV_KEY + "; was it imported from k8s/keycloak/dev? (./platform restarts and re-imports)");
        });
    }

    private static RSAPrivateKey foreignKey() {
        if (foreignKey == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                foreignKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return foreignKey;
    }

    // ---- dev realm files ----------------------------------------------------------------------------------------

    private static String accountKind(Map<String, Object> realm, String account) {
        for (Object u : list(realm.get("users"))) {
            if (account.equals(map(u).get("username"))) {
                return "user";
            }
        }
        for (Object c : list(realm.get("clients"))) {
            if (account.equals(map(c).get("clientId")) && map(c).get("secret") != null) {
                return "client";
            }
        }
        return null;
    }

    private static void requireAccount(String account, String kind) {
        String actual = accountKind(devRealm(realmOf(account)), account);
        if (!kind.equals(actual)) {
            throw new IllegalArgumentException("'" + account + "' is a " + actual + ", not a " + kind
                    + (kind.equals("user") ? "; use serviceAccount()" : "; use user()"));
        }
    }

    private static Map<String, Object> devClient(String clientId) {
        for (Object c : list(devRealm(realmOf(clientId)).get("clients"))) {
            if (clientId.equals(map(c).get("clientId"))) {
                return map(c);
            }
        }
        throw new IllegalArgumentException("no dev client " + clientId);
    }

    private static Map<String, Object> devRealm(String realm) {
        Map<String, Object> r = devRealms().get(realm);
        if (r == null) {
            throw new IllegalArgumentException("no dev realm file for realm '" + realm + "' in " + devDir()
                    + " (realms: " + devRealms().keySet() + ")");
        }
        return r;
    }

    private static Map<String, Map<String, Object>> devRealms() {
        if (devRealms == null) {
            Map<String, Map<String, Object>> realms = new TreeMap<>();
            try (Stream<Path> files = Files.list(devDir())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    Map<String, Object> realm = JsonUtil.parseJson(Files.readString(f));
                    realms.put((String) realm.get("realm"), realm);
                }
            } catch (IOException | JoseException e) {
                throw new IllegalStateException("cannot read the dev realm files in " + devDir(), e);
            }
            devRealms = realms;
        }
        return devRealms;
    }

    private static Path devDir() {
        return projectRoot().resolve("k8s/keycloak/dev");
    }

    /** The repository: -Dproject.root, else the nearest directory above user.dir that contains k8s/keycloak. */
    public static Path projectRoot() {
        String configured = System.getProperty("project.root");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s/keycloak"))) {
                return dir;
            }
        }
        throw new IllegalStateException("set -Dproject.root: no directory above " + System.getProperty("user.dir")
                + " contains k8s/keycloak");
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------

    private record CachedToken(String token, Instant expires) {
    }

    /** Reuses a real token while it has more than a minute left (password hashing makes each grant slow). */
    private static String cached(String account, java.util.function.Supplier<String> fetch) {
        CachedToken c = TOKENS.get(account);
        if (c == null || Instant.now().plusSeconds(60).isAfter(c.expires())) {
            String token = fetch.get();
            c = new CachedToken(token, Instant.now().plusSeconds(expiresIn(token)));
            TOKENS.put(account, c);
        }
        return c.token();
    }

    private static long expiresIn(String token) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            Map<String, Object> claims = JsonUtil.parseJson(payload);
            return ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        } catch (JoseException | RuntimeException e) {
            return 0;
        }
    }

    private static String requestToken(String realm, Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        String url = issuer(realm) + "/protocol/openid-connect/token";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request to " + url + " (" + form.get("grant_type") + ", "
                    + form.getOrDefault("username", form.get("client_id")) + ") failed: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        try {
            return (String) JsonUtil.parseJson(response.body()).get("access_token");
        } catch (JoseException e) {
            throw new IllegalStateException("unreadable token response from " + url + ": " + response.body(), e);
        }
    }

    private static String get(String url) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak does not answer at " + kcUrl() + " (is ./platform up running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }
}
