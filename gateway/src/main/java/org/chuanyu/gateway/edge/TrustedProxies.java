package org.chuanyu.gateway.edge;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The hops in front of the gateway whose forwarding headers are believed: IP addresses or CIDR
 * blocks ({@code 10.0.0.0/8}, {@code ::1}). Everyone else could write any {@code X-Forwarded-For}.
 */
public final class TrustedProxies {

    private record Block(byte[] network, int prefixBits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefixBits).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Block> blocks;

    public TrustedProxies(List<String> entries) {
        this.blocks = entries.stream().map(String::trim).filter(e -> !e.isEmpty()).map(TrustedProxies::block).toList();
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** True when {@code ip} (a literal address; host names are never resolved) is a trusted hop. */
    public boolean trusts(String ip) {
        byte[] address = literal(ip);
        return address != null && blocks.stream().anyMatch(b -> b.contains(address));
    }

    /**
     * The address of the client: the direct peer, unless it is trusted, in which case the
     * {@code X-Forwarded-For} chain is read from the right and the first untrusted hop is the client.
     */
    public String clientAddress(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop) == null) {
                return peer; // garbage in the chain: believe nothing past the peer
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops[0].trim();
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("gateway.trusted-proxies: '" + entry + "' is not an IP address or CIDR block");
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("gateway.trusted-proxies: bad prefix length in '" + entry + "'");
        }
        return new Block(network, prefix);
    }

    /** The bytes of an IPv4 or IPv6 literal, or null for anything else (never a DNS lookup). */
    static byte[] literal(String s) {
        if (s == null || s.isEmpty() || !s.matches("[0-9A-Fa-f:.\\[\\]]+")) {
            return null;
        }
        String bare = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        if (!bare.contains(":") && !bare.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
