package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web console is part of the gateway's image (./platform images copies console/dist to CONSOLE_IMAGE_DIR) and is
 * served from the gateway's own host, so it needs no CORS and no NetworkPolicy of its own (docs/console.md). A
 * browser signs in at Keycloak's public host: the issuers the gateway gives the console and Swagger UI must be that
 * host's realms, never the in-cluster KC_URL, and the realms must accept the gateway's host as the console's origin.
 */
class TheConsoleIsServedByTheGatewayAndSignsInWhereBrowsersReachKeycloak {

    static final Pattern IMAGE_DIR = Pattern.compile("(?m)^CONSOLE_IMAGE_DIR=(\\S+)$");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void theGatewayServesTheImagesConsoleAndPointsBrowsersAtThePublicRealms(Render render) throws IOException {
        var violations = new Violations(render);
        Map<String, String> gateway = data(render, "gateway-config");
        Map<String, String> keycloak = data(render, "keycloak-config");
        Matcher imageDir = IMAGE_DIR.matcher(Files.readString(Renders.repository().resolve("tools/platform/console.sh")));
        boolean named = imageDir.find();
        violations.check(named, "tools/platform/console.sh names no CONSOLE_IMAGE_DIR");
        violations.check(named && imageDir.group(1).equals(gateway.get("GATEWAY_CONSOLE_DIR")),
                "gateway-config's GATEWAY_CONSOLE_DIR (" + gateway.get("GATEWAY_CONSOLE_DIR")
                        + ") is not where ./platform images puts the console");
        String publicKeycloak = keycloak.getOrDefault("KC_HOSTNAME", "");
        for (String realm : new String[] {"sichuan", "chongqing"}) {
            String key = "GATEWAY_OPENAPI_SIGN_IN_REALMS_" + realm.toUpperCase();
            violations.check((publicKeycloak + "/realms/" + realm).equals(gateway.get(key)), key + " is "
                    + gateway.get(key) + ", not the realm at Keycloak's public host " + publicKeycloak);
        }
        Optional<String> apiHost = render.all(Ingress.class).stream().filter(i -> "gateway".equals(i.getMetadata().getName()))
                .findFirst().map(i -> i.getSpec().getRules().get(0).getHost());
        String consoleUrl = keycloak.getOrDefault("COOPERATION_CONSOLE_URL", "");
        violations.check(apiHost.isPresent() && !consoleUrl.isBlank() && apiHost.get().equals(URI.create(consoleUrl).getHost()),
                "COOPERATION_CONSOLE_URL " + consoleUrl + " is not the gateway's ingress host " + apiHost.orElse("(none)"));
        violations.assertNone("a console the browsers cannot load or sign in from");
    }

    private static Map<String, String> data(Render render, String name) {
        return render.all(ConfigMap.class).stream().filter(c -> name.equals(c.getMetadata().getName())).findFirst()
                .map(ConfigMap::getData).orElse(Map.of());
    }
}
