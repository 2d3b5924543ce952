package org.chuanyu.projects.park;

import java.util.List;
import java.util.Set;

/**
 * The parks service as this service needs it: a destination park, looked up with the caller's
 * token so that the parks service's own jurisdiction decides what the caller may name, and the
 * industry vocabulary shared by parks and projects.
 */
public interface ParkDirectory {

    /** The park as the caller sees it. */
    ParkLookup find(String parkCode, String authorization);

    /** The codes of the industry vocabulary, or {@link Vocabulary.Unavailable} when parks cannot be asked. */
    Vocabulary industries(String authorization);

    /** A park's scope and designations, as the parks service reports them. */
    record Park(String code, String name, String province, String district, String zone, List<String> designations) {
    }

    sealed interface ParkLookup {
        record Found(Park park) implements ParkLookup {
        }

        /** Unknown to parks, or outside the caller's scope there: the parks service does not say which. */
        record NotVisible() implements ParkLookup {
        }

        record Unavailable(String reason) implements ParkLookup {
        }
    }

    sealed interface Vocabulary {
        record Known(Set<String> codes) implements Vocabulary {
        }

        record Unavailable(String reason) implements Vocabulary {
        }
    }
}
