package org.chuanyu.parks.zones;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;

import java.util.Arrays;

/** A proposal records a new zone, or changes a recorded one. */
public enum ProposalKind {
    CREATE("create"),
    CHANGE("change");

    private final String apiName;

    ProposalKind(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    /** Stores the API name, which the table's check constraint lists. */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<ProposalKind, String> {
        @Override
        public String convertToDatabaseColumn(ProposalKind value) {
            return value == null ? null : value.apiName;
        }

        @Override
        public ProposalKind convertToEntityAttribute(String name) {
            return name == null ? null : Arrays.stream(values()).filter(v -> v.apiName.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown value " + name));
        }
    }
}
