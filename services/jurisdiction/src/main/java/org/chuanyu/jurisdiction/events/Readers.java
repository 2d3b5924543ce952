package org.chuanyu.jurisdiction.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who may read the record of an event that is not a scoped record (docs/notifications.md, "Who is told"). A scoped
 * record's event carries {@code data.scopes} instead ({@link Outbox#withScopes}).
 */
public final class Readers {

    /** {@code data.readers}: everyone with a role on the platform (reference data such as a policy in force). */
    public static final String EVERYONE = "everyone";
    /** {@code data.readers}: the people (not external systems) of the provinces in {@code data.provinces}. */
    public static final String PEOPLE = "people";

    private Readers() {
    }

    public static ObjectNode everyone(ObjectNode data) {
        return data.put("readers", EVERYONE);
    }

    public static ObjectNode people(ObjectNode data, String... provinces) {
        ArrayNode list = data.put("readers", PEOPLE).putArray("provinces");
        for (String province : provinces) {
            list.add(province);
        }
        return data;
    }
}
