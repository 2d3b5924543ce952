package org.chuanyu.notifications.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubscriptionFilterTest {

    private static final String TYPE = "cn.chuanyu.common-handling.case.status-changed";

    private static JsonNode data() throws Exception {
        return new ObjectMapper().readTree("{\"itemCode\":\"511000-001\",\"to\":\"ACCEPTED\",\"scopes\":["
                + "{\"province\":\"sichuan\",\"district\":\"511623\"},{\"province\":\"chongqing\",\"district\":\"500112\"}]}");
    }

    @Test
    void emptyListsNarrowNothingButTheTypeMustBeAskedFor() throws Exception {
        assertTrue(new SubscriptionFilter(Set.of(TYPE), Set.of(), Set.of(), Set.of()).matches(TYPE, data()));
        assertFalse(new SubscriptionFilter(Set.of("cn.chuanyu.parks.park.moved"), Set.of(), Set.of(), Set.of())
                .matches(TYPE, data()));
    }

    @Test
    void eachListGivenMustNameOneOfTheEventsValues() throws Exception {
        assertTrue(new SubscriptionFilter(Set.of(TYPE), Set.of("511000-001"), Set.of("500112"), Set.of("ACCEPTED"))
                .matches(TYPE, data()));
        assertFalse(new SubscriptionFilter(Set.of(TYPE), Set.of("511000-002"), Set.of(), Set.of()).matches(TYPE, data()));
        assertFalse(new SubscriptionFilter(Set.of(TYPE), Set.of(), Set.of("511083"), Set.of()).matches(TYPE, data()));
        assertFalse(new SubscriptionFilter(Set.of(TYPE), Set.of(), Set.of(), Set.of("DELIVERED")).matches(TYPE, data()));
    }
}
