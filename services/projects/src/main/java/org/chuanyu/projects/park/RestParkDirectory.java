package org.chuanyu.projects.park;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ParkDirectory} over the parks service's REST API, forwarding the caller's token. */
@ApplicationScoped
public class RestParkDirectory implements ParkDirectory {

    private static final Logger LOG = Logger.getLogger(RestParkDirectory.class);

    private final ParksApi parks;
    private final ParksConfig config;
    private final ObjectMapper json;
    /** The vocabulary is reference data every caller may read, so one cached copy serves everyone. */
    private volatile Cached vocabulary;

    public RestParkDirectory(@RestClient ParksApi parks, ParksConfig config, ObjectMapper json) {
        this.parks = parks;
        this.config = config;
        this.json = json;
    }

    private record Cached(Set<String> codes, Instant until) {
    }

    @Override
    public ParkLookup find(String parkCode, String authorization) {
        try (Response answer = parks.park(parkCode, authorization)) {
            // Only the park asked for counts: a code that is a word of the parks API ("whoami", "export", "industries",
            // "rankings") is answered by that endpoint instead, with something that is no park (a file, a list, another
            // object): no such park, like any code the caller may not name.
            ParksApi.ParkJson p = parkIn(answer);
            if (p == null || !parkCode.equals(p.code())) {
                return new ParkLookup.NotVisible();
            }
            List<String> designations = p.designations() == null ? List.of()
                    : p.designations().stream().map(ParksApi.DesignationJson::name).distinct().sorted().toList();
            return new ParkLookup.Found(new Park(p.code(), p.name(), p.province(), p.district(), p.zone(), designations));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            // 404 (unknown or outside the caller's scope) and 403 both mean: the caller may not name this park. A
            // park's GET takes no input and answers JSON, so a 400 or 406 comes from another word of the API (rankings
            // without its year, export that only writes files).
            if (status == 404 || status == 403 || status == 400 || status == 406) {
                return new ParkLookup.NotVisible();
            }
            LOG.warnf("parks answered %d for park %s", status, parkCode);
            return new ParkLookup.Unavailable("the parks service answered " + status);
        } catch (ProcessingException e) {
            LOG.warnf("parks unreachable: %s", e.getMessage());
            return new ParkLookup.Unavailable("the parks service cannot be reached");
        } catch (RuntimeException e) {
            // A timeout or an unreadable answer: nothing is stored on a guess.
            LOG.errorf(e, "park lookup of %s failed", parkCode);
            return new ParkLookup.Unavailable("the parks service did not answer usably");
        }
    }

    /** The park in a 200 answer, or null when the answer is not a JSON object shaped like a park. */
    private ParksApi.ParkJson parkIn(Response answer) {
        if (answer.getStatus() != 200 || answer.getMediaType() == null
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(answer.getMediaType())) {
            return null;
        }
        try {
            JsonNode tree = json.readTree(answer.readEntity(String.class));
            return tree != null && tree.isObject() && tree.path("code").isTextual()
                    ? json.treeToValue(tree, ParksApi.ParkJson.class) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Override
    public Vocabulary industries(String authorization) {
        Cached cached = vocabulary;
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return new Vocabulary.Known(cached.codes());
        }
        try {
            Set<String> codes = parks.industries(authorization).stream().map(ParksApi.IndustryJson::code)
                    .collect(Collectors.toUnmodifiableSet());
            vocabulary = new Cached(codes, Instant.now().plus(config.industriesCacheTtl()));
            return new Vocabulary.Known(codes);
        } catch (RuntimeException e) {
            LOG.warnf("industry vocabulary unavailable: %s", e.getMessage());
            return new Vocabulary.Unavailable("the parks service cannot provide the industry vocabulary");
        }
    }
}
