package org.chuanyu.projects.park;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
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
    /** The vocabulary is reference data every caller may read, so one cached copy serves everyone. */
    private volatile Cached vocabulary;

    public RestParkDirectory(@RestClient ParksApi parks, ParksConfig config) {
        this.parks = parks;
        this.config = config;
    }

    private record Cached(Set<String> codes, Instant until) {
    }

    @Override
    public ParkLookup find(String parkCode, String authorization) {
        try {
            ParksApi.ParkJson p = parks.park(parkCode, authorization);
            // Only the park asked for counts: a code that is a word of the parks API ("whoami", "export")
            // is answered by that endpoint instead, with something that is no park.
            if (p == null || !parkCode.equals(p.code())) {
                return new ParkLookup.NotVisible();
            }
            List<String> designations = p.designations() == null ? List.of()
                    : p.designations().stream().map(ParksApi.DesignationJson::name).distinct().sorted().toList();
            return new ParkLookup.Found(new Park(p.code(), p.name(), p.province(), p.district(), p.zone(), designations));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            // 404 (unknown or outside the caller's scope) and 403 both mean: the caller may not name this park.
            if (status == 404 || status == 403) {
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
