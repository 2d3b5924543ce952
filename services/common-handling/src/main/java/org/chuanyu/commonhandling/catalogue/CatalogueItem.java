package org.chuanyu.commonhandling.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An item of the common catalogue: its code, and the revision its ETag is made of. What the item
 * says lives in its {@link ItemVersion}s.
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Raised by every proposal, approval and rejection; writers hold the row lock while they raise it. */
    public long revision;
}
