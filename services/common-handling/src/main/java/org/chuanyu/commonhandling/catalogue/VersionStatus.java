package org.chuanyu.commonhandling.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a version of an item stands in the two-province approval. */
@Schema(description = "PENDING: waiting for one approval per province; APPROVED: in the catalogue from its "
        + "effective date; REJECTED: turned down by a province")
public enum VersionStatus {
    PENDING,
    APPROVED,
    REJECTED
}
