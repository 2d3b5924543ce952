package org.chuanyu.parks.divisions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** What happened to a division on a date. */
public enum ChangeKind {
    /** The code came into use (recorded by {@code POST /api/divisions}). */
    ESTABLISHED("established"),
    /** Same code, new name from the effective date. */
    RENAMED("renamed"),
    /** The division ceased to exist; its successors took over its territory. */
    ABOLISHED("abolished"),
    /** Part of the territory (some towns) moved to the successors; the division continues. */
    TERRITORY_TRANSFERRED("territory-transferred");

    private final String apiName;

    ChangeKind(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    @JsonCreator
    public static ChangeKind ofApiName(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown change kind"));
    }
}
