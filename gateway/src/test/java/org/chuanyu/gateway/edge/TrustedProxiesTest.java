package org.chuanyu.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.168.1.7", "::1"));

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", "1.2.3.4"));
    }

    @Test
    void theClientIsTheFirstUntrustedHopFromTheRight() {
        assertEquals("198.51.100.4", proxies.clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.4, 10.9.9.9"));
        assertEquals("198.51.100.4", proxies.clientAddress("::1", "198.51.100.4"));
    }

    @Test
    void garbageInTheChainIsNotBelieved() {
        assertEquals("192.168.1.7", proxies.clientAddress("192.168.1.7", "evil.example"));
    }

    @Test
    void blocksAndSingleAddresses() {
        assertTrue(proxies.trusts("10.255.0.1"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertTrue(proxies.trusts("192.168.1.7"));
        assertFalse(proxies.trusts("192.168.1.8"));
        assertFalse(proxies.trusts("localhost"), "host names are never resolved");
    }

    @Test
    void aBadEntryFailsAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("proxy.internal")));
    }
}
