package org.chuanyu.jurisdiction.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How deep a request body may nest. The deepest legal body is a park's MultiPolygon boundary (six levels); Jackson's
 * own limit is 1,000, which lets a client make every service walk a thousand frames for nothing. A deeper body is a
 * 400 problem before any field is read ({@code ProblemMappers}); the document says so on every request body
 * ({@link RequestBoundsInTheDocument}).
 */
@Singleton
public class JsonNesting implements ObjectMapperCustomizer {

    public static final String DEPTH_PROPERTY = "platform.json.max-nesting-depth";

    @ConfigProperty(name = DEPTH_PROPERTY)
    int maxDepth;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth).build());
    }
}
