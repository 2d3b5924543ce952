package org.chuanyu.commonhandling.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An item: the version in force today, the one waiting for approval, and its whole history. */
@Schema(name = "Item", description = "A catalogue item with its version in force today and all its versions",
        example = ItemExamples.ITEM)
public record ItemView(
        @Schema(example = "qiye-zhusuo-biangeng") String code,
        @Schema(description = "The approved version in force today (Asia/Shanghai); absent before the first one "
                + "takes effect", nullable = true) ItemVersionView inForce,
        @Schema(description = "Number of the version waiting for approval, if any", nullable = true, example = "2")
        Integer pendingVersion,
        @Schema(description = "Every version, oldest first: PENDING, APPROVED or REJECTED, with its approvals")
        List<ItemVersionView> versions) {
}
