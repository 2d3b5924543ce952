package org.chuanyu.notifications.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * What a subscription asks for: event types, and optionally item codes, districts and statuses. An empty set asks for
 * no restriction; a set given restricts to events whose data names one of its values. Pure.
 */
public record SubscriptionFilter(Set<String> eventTypes, Set<String> itemCodes, Set<String> districts,
                                 Set<String> statuses) {

    public boolean matches(String type, JsonNode data) {
        if (!eventTypes.contains(type)) {
            return false;
        }
        if (!itemCodes.isEmpty() && !itemCodes.contains(data.path("itemCode").asText(""))) {
            return false;
        }
        if (!districts.isEmpty() && !namesDistrict(data)) {
            return false;
        }
        return statuses.isEmpty() || statuses.contains(data.path("to").asText(""))
                || statuses.contains(data.path("status").asText(""));
    }

    private boolean namesDistrict(JsonNode data) {
        for (JsonNode scope : data.path("scopes")) {
            if (districts.contains(scope.path("district").asText(""))) {
                return true;
            }
        }
        return false;
    }
}
