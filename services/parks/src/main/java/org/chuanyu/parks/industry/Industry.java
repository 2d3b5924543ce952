package org.chuanyu.parks.industry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An entry of the industry vocabulary shared by parks and projects (reference data). */
@Entity
@Table(name = "industry")
public class Industry extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;

    /** The codes among {@code codes} that are not in the vocabulary, sorted. */
    public static Set<String> unknown(Collection<String> codes) {
        Set<String> unknown = new TreeSet<>(codes);
        if (!codes.isEmpty()) {
            List<String> known = find("code in ?1", List.copyOf(codes)).project(CodeOnly.class).list()
                    .stream().map(CodeOnly::code).toList();
            unknown.removeAll(known);
        }
        return unknown;
    }

    /** Projection of the code alone. */
    public record CodeOnly(String code) {
    }
}
