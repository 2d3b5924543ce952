package org.chuanyu.policy.matching;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The projects service's public API, called with the caller's own token so it answers only what the
 * caller may see. Read as a JSON tree: {@link ProjectProfiles} picks the fields it needs, tolerating
 * the shape of a service built in parallel. URL and timeouts: quarkus.rest-client.projects.* .
 */
@RegisterRestClient(configKey = "projects")
@Path("/api/projects")
public interface ProjectsClient {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode get(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
