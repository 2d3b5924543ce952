package org.chuanyu.parks.indicators;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The indicator and ranking operations are in the OpenAPI document with their schemas. */
@QuarkusTest
class IndicatorsOpenApiTest {

    /** The document is served on the management interface (its root is /q), not the API port. */
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @Test
    void operationsAndSchemasAreDocumented() {
        given().queryParam("format", "json").get(openApi)
                .then().statusCode(200)
                .body("paths", hasKey("/api/parks/{code}/indicators/{year}"))
                .body("paths", hasKey("/api/parks/{code}/indicators/{year}/history"))
                .body("paths", hasKey("/api/parks/{code}/indicators/{year}/lock"))
                .body("paths", hasKey("/api/parks/rankings"))
                .body("paths.'/api/parks/{code}/indicators/{year}'.put.requestBody.content.'application/json'.schema",
                        notNullValue())
                .body("components.schemas", hasKey("IndicatorReport"))
                .body("components.schemas", hasKey("RankingEntry"));
    }
}
