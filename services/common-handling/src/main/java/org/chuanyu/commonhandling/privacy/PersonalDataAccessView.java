package org.chuanyu.commonhandling.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** One answer that showed personal data unmasked. */
@Schema(description = "An answer that showed a case's personal data in full: who, when, which case, which fields. "
        + "Never the identifier itself.",
        example = "{\"id\":42,\"at\":\"2026-11-10T09:18:00+08:00\",\"actor\":\"linshui-clerk\",\"realm\":\"sichuan\","
                + "\"caseNumber\":\"CY-51-2026-09331054\",\"fields\":[\"idNumber\",\"contact\"],"
                + "\"requestId\":\"c1e7a52d-3f8b-4d6a-9e20-5b7f0a4c8d16\"}")
public record PersonalDataAccessView(
        @Schema(description = "Order of recording", example = "42") long id,
        @Schema(description = "When (Asia/Shanghai)") OffsetDateTime at,
        @Schema(description = "The user name, or the external system's client id", example = "linshui-clerk") String actor,
        @Schema(description = "The realm of the caller's token", example = "sichuan") String realm,
        @Schema(description = "The case", example = "CY-51-2026-00000042") String caseNumber,
        @Schema(description = "What was shown in full: idNumber, contact", example = "[\"idNumber\", \"contact\"]")
        List<String> fields,
        @Schema(description = "The request's id (X-Request-Id), to find it in the access log", nullable = true)
        String requestId) {
}
