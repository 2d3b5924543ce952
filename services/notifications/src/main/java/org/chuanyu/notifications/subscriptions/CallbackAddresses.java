package org.chuanyu.notifications.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the platform may send a webhook (SSRF): {@code https} only, and never to a loopback, private, link-local or
 * otherwise internal address unless the host is on the allow-list. The URL is checked when a subscription is made,
 * and the host's addresses again before every delivery, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class CallbackAddresses {

    private final CallbacksConfig config;

    public CallbackAddresses(CallbacksConfig config) {
        this.config = config;
    }

    /** Why {@code url} is not acceptable as a callback, or empty when it is (its host's addresses are not looked up). */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(config.allowHttp() && scheme.equals("http"))) {
            return Optional.of(config.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = host(uri);
        if (isLiteral(host) && !allowed(host)) {
            try {
                if (isInternal(InetAddress.getByName(host))) {
                    return Optional.of("must not point to a loopback, private or link-local address");
                }
            } catch (UnknownHostException e) {
                return Optional.of("names an address that cannot be read");
            }
        }
        return Optional.empty();
    }

    /** Before a delivery: empty when every address the host resolves to may be called, else why not. */
    public Optional<String> refusalNow(URI uri) {
        String host = host(uri);
        if (allowed(host)) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    return Optional.of("the callback's host resolves to an internal address (" + address.getHostAddress()
                            + "), which is not allowed");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("the callback's host " + host + " does not resolve");
        }
    }

    private boolean allowed(String host) {
        return config.allowPrivate() || config.allowList().orElse(Set.of()).contains(host);
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    /** Loopback, private (RFC 1918, fc00::/7), link-local, carrier-grade NAT, unspecified and multicast addresses. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 192 && second == 0
                    && (b[2] & 0xff) == 0) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
