package org.chuanyu.parks.indicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The indicator and ranking operations are in the OpenAPI document with their schemas. */
@QuarkusTest
class IndicatorsOpenApiTest {

    @Test
    void operationsAndSchemasAreDocumented() {
        given().queryParam("format", "json").get("/q/openapi")
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
