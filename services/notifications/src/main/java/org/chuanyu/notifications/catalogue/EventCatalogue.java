package org.chuanyu.notifications.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The platform's event types (resource {@code catalogue/event-types.json}, described in docs/notifications.md). */
@ApplicationScoped
public class EventCatalogue {

    private final List<EventType> types;
    private final Set<String> names;

    public EventCatalogue(ObjectMapper json) {
        try (InputStream in = EventCatalogue.class.getResourceAsStream("/catalogue/event-types.json")) {
            if (in == null) {
                throw new IllegalStateException("catalogue/event-types.json is missing");
            }
            this.types = List.copyOf(json.readValue(in, new TypeReference<List<EventType>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.names = types.stream().map(EventType::type).collect(Collectors.toUnmodifiableSet());
    }

    public List<EventType> all() {
        return types;
    }

    public boolean knows(String type) {
        return names.contains(type);
    }
}
