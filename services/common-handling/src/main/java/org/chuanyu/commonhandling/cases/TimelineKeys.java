package org.chuanyu.commonhandling.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * The keys of the timelines' MACs and the cases' seals. In Kubernetes the key comes from a Secret of its own
 * ({@code common-handling-timeline-key}), never the one holding database credentials. A rotation gives the new key a
 * new id and moves the old one to {@code retired-keys}: what it signed still verifies, nothing new is signed with it.
 */
@ConfigMapping(prefix = "common-handling.timeline")
public interface TimelineKeys {

    /** The id of {@link #key()}, stored with every event and seal it signs. */
    @WithDefault("k1")
    String keyId();

    /**
     * HMAC-SHA-256 key that signs new events and seals; no default outside the dev and test profiles. Optional here
     * only so that the migrations (Kubernetes' init container) start without it; the service refuses to start
     * without it ({@link LegacySeals}).
     */
    Optional<String> key();

    /** Keys retired by rotations, each {@code id:key}; they verify what they signed and sign nothing new. */
    Optional<List<String>> retiredKeys();

    default Keyring keyring() {
        return Keyring.of(keyId(), key().orElseThrow(() -> new IllegalStateException(
                "common-handling.timeline.key (COMMON_HANDLING_TIMELINE_KEY) is not set")), retiredKeys().orElse(List.of()));
    }
}
