package org.chuanyu.gateway.console;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.gateway.support.TestUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The console's files as the gateway serves them (test profile: src/test/resources/console-fixture). */
@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class ConsoleRoutesTest {

    @Test
    void thePageIsRevalidatedEachTimeAndCarriesAStrictPolicy() {
        given().when().get("/console/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("<div id=\"app\">"));
    }

    @Test
    void theBareBaseRedirectsToTheConsole() {
        given().redirects().follow(false).when().get("/console")
                .then().statusCode(302).header("Location", endsWith("/console/"));
    }

    @Test
    void hashedAssetsAreKeptForAYear() {
        given().when().get("/console/assets/index-Ab12Cd34.js")
                .then().statusCode(200)
                .contentType(containsString("text/javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .body(containsString("console"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/queue", "/console/cases/CY-51-2026-00000001", "/console/callback",
            "/console/projects/gaozhu-new-area.gaozhu-auto-parts"})
    void aDeepLinkIsAnsweredWithTheConsole(String path) {
        given().when().get(path)
                .then().statusCode(200).header("Cache-Control", "no-cache").body(containsString("<div id=\"app\">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/assets/missing-00000000.js", "/console/favicon.ico", "/console/assets/logo"})
    void aMissingFileIs404NotThePage(String path) {
        given().when().get(path).then().statusCode(404).body(not(containsString("<div id=\"app\">")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/../pom.xml", "/console/%2e%2e/pom.xml", "/console/assets/%2e%2e/%2e%2e/pom.xml",
            "/console/%2e%2e/%2e%2e/pom.xml"})
    void nothingOutsideTheConsolesFilesIsServed(String path) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().body(not(containsString("<artifactId>")));
    }

    @Test
    void theConfigurationNamesTheClientAndWhereEachProvinceSignsIn() {
        given().when().get("/console/config.json")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", "no-cache")
                .body("clientId", equalTo("cooperation-console"))
                .body("realms.name", hasItems("sichuan", "chongqing"))
                .body("realms.find { it.name == 'sichuan' }.issuer", endsWith("/realms/sichuan"));
    }

    @Test
    void theConsoleIsReadOnly() {
        given().when().post("/console/queue").then().statusCode(405).header("Allow", "GET, HEAD");
    }

    @Test
    void thePolicyLetsTheConsoleReachKeycloakAndNothingElse() {
        String policy = ConsolePolicy.contentSecurityPolicy(List.of("http://127.0.0.1:8180/realms/sichuan",
                "http://127.0.0.1:8180/realms/chongqing"));
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self' http://127.0.0.1:8180; frame-src http://127.0.0.1:8180; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' http://127.0.0.1:8180; object-src 'none'",
                policy);
    }
}
