package org.chuanyu.projects.park;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The two operations of the parks API this service calls; URL and timeouts under quarkus.rest-client.parks. */
@RegisterRestClient(configKey = "parks")
@Path("/api/parks")
@Produces(MediaType.APPLICATION_JSON)
public interface ParksApi {

    /**
     * The answer as it comes: a code that is another word of the parks API ("export", "industries", "rankings") is
     * answered by that endpoint with something that is no park, and only the caller can tell (RestParkDirectory).
     */
    @GET
    @Path("{code}")
    Response park(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** The parks event feed (the platform's relay only): events after a position, oldest first. */
    @GET
    @Path("events")
    FeedPage events(@QueryParam("after") long after, @QueryParam("limit") int limit,
                    @HeaderParam("Authorization") String authorization);

    @GET
    @Path("industries")
    List<IndustryJson> industries(@HeaderParam("Authorization") String authorization);

    /** Our own copy of the parts of the parks service's Park we read; anything else is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ParkJson(String code, String name, String province, String district, String zone,
                    List<DesignationJson> designations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DesignationJson(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeedPage(List<FeedEvent> items, String nextCursor) {
    }

    /**
     * A CloudEvent of the parks feed, as far as this service reads it. The feed carries every parks event, each type
     * with data of its own shape, so data is read only for the type this service follows.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeedEvent(long position, String id, String type, String subject, JsonNode data) {

        /** The scope a {@code park.moved} event moves the park to; null when data holds none. */
        ScopeJson movedTo() {
            JsonNode to = data == null ? null : data.path("to");
            if (to == null || !to.isObject()) {
                return null;
            }
            return new ScopeJson(to.path("province").asText(null), to.path("district").asText(null),
                    to.path("zone").isTextual() ? to.path("zone").asText() : null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScopeJson(String province, String district, String zone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndustryJson(String code) {
    }
}
