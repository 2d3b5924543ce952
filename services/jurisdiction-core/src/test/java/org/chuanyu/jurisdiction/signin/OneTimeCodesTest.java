package org.chuanyu.jurisdiction.signin;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test's authenticator agrees with RFC 6238's SHA-1 vectors (their last six digits). */
class OneTimeCodesTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void rfc6238Vectors() {
        assertEquals("287082", OneTimeCodes.at(RFC_KEY, 59 / OneTimeCodes.STEP_SECONDS));
        assertEquals("081804", OneTimeCodes.at(RFC_KEY, 1111111109L / OneTimeCodes.STEP_SECONDS));
        assertEquals("050471", OneTimeCodes.at(RFC_KEY, 1111111111L / OneTimeCodes.STEP_SECONDS));
        assertEquals("005924", OneTimeCodes.at(RFC_KEY, 1234567890L / OneTimeCodes.STEP_SECONDS));
    }
}
