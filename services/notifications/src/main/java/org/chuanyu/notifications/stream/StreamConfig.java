package org.chuanyu.notifications.stream;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The live stream for people (docs/notifications.md, "The live stream"). */
@ConfigMapping(prefix = "notifications.stream")
public interface StreamConfig {

    /** How often new events are looked for while someone listens. */
    Duration every();

    /** A comment line this often keeps the connection (and the gateway's idle timeout) alive. */
    Duration heartbeat();

    /** At most this many streams per instance; more answer 503. */
    int most();

    /** How many events a reconnecting client (Last-Event-ID) may be sent from the past, at most. */
    int replay();
}
