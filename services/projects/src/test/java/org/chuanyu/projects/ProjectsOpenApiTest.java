package org.chuanyu.projects;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** Every operation of the projects API is described, with examples, in the OpenAPI document. */
@QuarkusTest
class ProjectsOpenApiTest {

    /** The document is served on the management interface (its root is /q), not the API port. */
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @Test
    void theDocumentDescribesEveryOperation() {
        given().accept("application/json").get(openApi).then().statusCode(200)
                .body("paths.'/api/projects'.post.summary", notNullValue())
                .body("paths.'/api/projects/{code}/stage-transitions'.post.description", containsString("Forward only"))
                .body("paths.'/api/projects/{code}/progress-reports'.post.summary", notNullValue())
                .body("paths.'/api/projects/{code}/blockers/{id}/resolve'.post.summary", notNullValue())
                .body("paths.'/api/projects/blockers'.get.summary", notNullValue())
                .body("paths.'/api/projects/stats'.get.description", containsString("groupBy=designation&year=2021"))
                .body("paths.'/api/projects/rankings'.get.summary", notNullValue())
                .body("paths.'/api/projects/export'.get.summary", notNullValue())
                .body("components.schemas.keySet()", org.hamcrest.Matchers.hasItems("ProjectDraft", "Project", "ProjectStats", "Rankings"))
                .body("components.schemas.ProjectDraft.examples", notNullValue());
    }
}
