package org.chuanyu.jurisdiction.http;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain-HTTP listeners speak HTTP/1.1 only: a request offering {@code Upgrade: h2c} is answered in HTTP/1.1
 * instead of being switched to HTTP/2. RFC 9113 deprecates that upgrade, and the clients that offer it by
 * default (the JDK's {@code HttpClient}, {@code curl --http2}) failed to read a large answer written right after
 * the 101: the gateway's 180 kB API document broke for one JDK client in seven and for curl almost always.
 * HTTP/2 over TLS, negotiated by ALPN, is not touched.
 */
@ApplicationScoped
public class CleartextHttp11 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
