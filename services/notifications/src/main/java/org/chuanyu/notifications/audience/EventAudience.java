package org.chuanyu.notifications.audience;

import com.fasterxml.jackson.databind.JsonNode;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.events.Readers;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.scope.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an account may read the record an event is about, by the platform's jurisdiction rules
 * (docs/notifications.md, "Who is told"). Pure: the event's {@code data} names the record's scopes
 * ({@code scopes}, and {@code submitter} for a case an external system filed) or, for reference data, its readers
 * ({@code readers}: everyone, or the people of {@code provinces}). An event that names neither is told to no one.
 */
public final class EventAudience {

    private EventAudience() {
    }

    public static boolean mayRead(Caller caller, JointZones zones, JsonNode data) {
        if (caller.isRelay() || caller.roles().isEmpty()) {
            return false;
        }
        String readers = data.path("readers").asText("");
        if (Readers.EVERYONE.equals(readers)) {
            return true;
        }
        if (Readers.PEOPLE.equals(readers)) {
            if (caller.has(Role.EXTERNAL_SYSTEM)) {
                return false;
            }
            if (caller.has(Role.CROSS_PROVINCE_ADMIN)) {
                return true;
            }
            for (JsonNode p : data.path("provinces")) {
                if (p.asText().equals(caller.province().realm())) {
                    return true;
                }
            }
            return false;
        }
        Scope scope = Scope.of(caller, zones);
        if (scope.read().all()) {
            return data.has("scopes");
        }
        return scope.canRead(scopes(data).toArray(RecordScope[]::new));
    }

    /** The record's scopes from {@code data.scopes}; entries that name no province of the platform are skipped. */
    static List<RecordScope> scopes(JsonNode data) {
        String submitter = data.path("submitter").isTextual() ? data.path("submitter").asText() : null;
        List<RecordScope> scopes = new ArrayList<>();
        for (JsonNode s : data.path("scopes")) {
            Optional<Province> province = Province.ofRealm(s.path("province").asText(""));
            String district = s.path("district").asText("");
            if (province.isEmpty() || !province.get().owns(district)) {
                continue;
            }
            String zone = s.path("zone").isTextual() ? s.path("zone").asText() : null;
            scopes.add(new RecordScope(province.get(), district, zone, submitter));
        }
        return scopes;
    }
}
