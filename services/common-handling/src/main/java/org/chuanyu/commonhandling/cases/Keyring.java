package org.chuanyu.commonhandling.cases;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HMAC-SHA-256 keys by id: the current one signs, every one verifies what it signed. */
public final class Keyring {

    private static final String ALGORITHM = "HmacSHA256";

    private final String currentId;
    private final Map<String, byte[]> keys;

    private Keyring(String currentId, Map<String, byte[]> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /** {@code retired} entries are {@code id:key}; an id may not appear twice, and the current key may not be blank. */
    public static Keyring of(String currentId, String currentKey, List<String> retired) {
        if (currentId == null || currentId.isBlank() || currentKey == null || currentKey.isBlank()) {
            throw new IllegalArgumentException("the timeline key and its id must be set");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put(currentId, currentKey.getBytes(StandardCharsets.UTF_8));
        for (String entry : retired) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("a retired timeline key is id:key, not '" + entry.replaceAll(":.*", ":…") + "'");
            }
            if (keys.putIfAbsent(entry.substring(0, colon), entry.substring(colon + 1).getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("timeline key id " + entry.substring(0, colon) + " appears twice");
            }
        }
        return new Keyring(currentId, Map.copyOf(keys));
    }

    public String currentId() {
        return currentId;
    }

    /** The MAC of {@code content} under the current key. */
    public String sign(String content) {
        return mac(keys.get(currentId), content);
    }

    /** The MAC of {@code content} under key {@code id}; empty when no such key is held (retired and then dropped). */
    public Optional<String> macUnder(String id, String content) {
        byte[] key = id == null ? null : keys.get(id);
        return key == null ? Optional.empty() : Optional.of(mac(key, content));
    }

    private static String mac(byte[] key, String content) {
        try {
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(hmac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}
