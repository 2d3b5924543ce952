package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The caller as the platform understood the token: what {@code whoami} answers. */
@Schema(name = "Caller", description = "The caller as the platform understood its token, after trimming "
        + "districts and zones the issuing realm cannot grant",
        example = "{\"username\":\"linshui-clerk\",\"clientId\":\"platform-cli\",\"province\":\"sichuan\","
                + "\"roles\":[\"district-clerk\"],\"districts\":[\"511623\"],\"zones\":[\"gaozhu\"]}")
public record CallerView(String username, String clientId, String province, List<String> roles,
                         List<String> districts, List<String> zones) {

    public static CallerView of(Caller caller) {
        return new CallerView(caller.username(), caller.clientId(), caller.province().realm(),
                caller.roles().stream().map(Role::claim).sorted().toList(),
                caller.districts().stream().sorted().toList(),
                caller.zones().stream().sorted().toList());
    }
}
