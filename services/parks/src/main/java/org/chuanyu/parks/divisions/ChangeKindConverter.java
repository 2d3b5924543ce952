package org.chuanyu.parks.divisions;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a change kind under its API name, which the table's check constraint lists. */
@Converter
public class ChangeKindConverter implements AttributeConverter<ChangeKind, String> {

    @Override
    public String convertToDatabaseColumn(ChangeKind kind) {
        return kind == null ? null : kind.apiName();
    }

    @Override
    public ChangeKind convertToEntityAttribute(String name) {
        return name == null ? null : ChangeKind.ofApiName(name);
    }
}
