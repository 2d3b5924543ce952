package org.chuanyu.notifications.subscriptions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production rules for callbacks (SSRF): https, and no internal address unless allow-listed. */
class CallbackAddressesTest {

    private static CallbacksConfig config(boolean http, boolean internal, Set<String> allowed) {
        return new CallbacksConfig() {
            public boolean allowHttp() {
                return http;
            }

            public boolean allowPrivate() {
                return internal;
            }

            public Optional<Set<String>> allowList() {
                return Optional.of(allowed);
            }
        };
    }

    private final CallbackAddresses production = new CallbackAddresses(config(false, false, Set.of("10.20.0.5")));

    @ParameterizedTest
    @ValueSource(strings = {"https://tianfu.example.gov.cn/hooks", "https://203.0.113.7:8443/hook?x=1",
            "https://10.20.0.5/allow-listed"})
    void publicHttpsCallbacksAreAccepted(String url) {
        assertTrue(production.refusal(url).isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://tianfu.example.gov.cn/hooks", "ftp://example.org/x", "https:///nohost",
            "https://127.0.0.1/hook", "https://[::1]/hook", "https://10.1.2.3/hook", "https://192.168.0.10/",
            "https://172.16.5.4/", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/",
            "https://0.0.0.0/", "https://[fd00::1]/", "https://[fe80::1]/", "https://user:pw@example.org/",
            "https://example.org/#frag", "not a url at all"})
    void internalPlainOrOddCallbacksAreRefused(String url) {
        assertTrue(production.refusal(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9999/hook", "http://localhost:8089/"})
    void theLocalProfilesAllowLoopback(String url) {
        assertTrue(new CallbackAddresses(config(true, true, Set.of())).refusal(url).isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://localhost/hook", "https://127.0.0.1.nip.io.invalid/"})
    void aNameThatResolvesInsideOrNotAtAllIsRefusedBeforeDelivery(String url) {
        assertTrue(production.refusalNow(java.net.URI.create(url)).isPresent(), url);
    }
}
