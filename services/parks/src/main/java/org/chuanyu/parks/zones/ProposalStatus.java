package org.chuanyu.parks.zones;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;

import java.util.Arrays;

/** Where a proposal stands: waiting for approvals, in effect, or turned down. */
public enum ProposalStatus {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected");

    private final String apiName;

    ProposalStatus(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    /** Stores the API name, which the table's check constraint lists. */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<ProposalStatus, String> {
        @Override
        public String convertToDatabaseColumn(ProposalStatus value) {
            return value == null ? null : value.apiName;
        }

        @Override
        public ProposalStatus convertToEntityAttribute(String name) {
            return name == null ? null : Arrays.stream(values()).filter(v -> v.apiName.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown value " + name));
        }
    }
}
