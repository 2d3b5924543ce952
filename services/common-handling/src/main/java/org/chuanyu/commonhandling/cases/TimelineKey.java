package org.chuanyu.commonhandling.cases;

import io.smallrye.config.ConfigMapping;

/** The secret that keys every case's timeline chain; in Kubernetes it comes from a Secret. */
@ConfigMapping(prefix = "common-handling.timeline")
public interface TimelineKey {

    /** HMAC-SHA-256 key; no default outside the dev and test profiles. */
    String hmacKey();
}
