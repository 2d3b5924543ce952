package org.chuanyu.notifications.directory;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.directory.Account;
import org.chuanyu.jurisdiction.directory.AccountDirectory;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory against the real Keycloak: what each account may read, without any token of its own. */
@QuarkusTest
class AccountDirectoryTest {

    @Inject
    AccountDirectory directory;

    @Test
    void aPersonIsFoundWithTheRolesDistrictsAndZonesItsTokenWouldCarry() {
        Caller clerk = directory.lookUp(new Account("sichuan", "linshui-clerk", "platform-cli", false)).orElseThrow();
        assertEquals(Set.of(Role.DISTRICT_CLERK), clerk.roles());
        assertEquals(Set.of("511623"), clerk.districts());
        assertEquals(Set.of("gaozhu"), clerk.zones());
    }

    @Test
    void aSystemIsFoundThroughItsClientAndTheAllowListsStillApply() {
        Caller system = directory.lookUp(new Account("chongqing", "service-account-yukuaiban", "yukuaiban", true))
                .orElseThrow();
        assertEquals(Set.of(Role.EXTERNAL_SYSTEM), system.roles());
        assertEquals(Set.of("500112", "500153"), system.districts());
        Caller joint = directory.lookUp(new Account("sichuan", "joint-office-sc", "platform-cli", false)).orElseThrow();
        assertTrue(joint.has(Role.CROSS_PROVINCE_ADMIN));
    }

    @Test
    void anAccountThatDoesNotExistMayReadNothing() {
        assertEquals(Optional.empty(), directory.lookUp(new Account("sichuan", "nobody-here", "platform-cli", false)));
        assertEquals(Optional.empty(), directory.lookUp(new Account("sichuan", "service-account-x", "no-such-client", true)));
        assertEquals(Optional.empty(), directory.lookUp(new Account("chongqing", "linshui-clerk", "platform-cli", false)),
                "user names are unique within a realm only");
    }
}
