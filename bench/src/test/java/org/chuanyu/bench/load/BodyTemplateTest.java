package org.chuanyu.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyTemplateTest {

    @Test
    void rendersSeqAndRoundRobinPicks() {
        BodyTemplate template = BodyTemplate.parse("{\"n\":${seq},\"k\":\"${pick:x|y}\"}");
        assertEquals("{\"n\":0,\"k\":\"x\"}", template.render(0));
        assertEquals("{\"n\":1,\"k\":\"y\"}", template.render(1));
        assertEquals("{\"n\":2,\"k\":\"x\"}", template.render(2));
    }

    @Test
    void rendersAFreshUuidEachTime() {
        BodyTemplate template = BodyTemplate.parse("${uuid}");
        String first = template.render(0);
        assertTrue(first.matches("[0-9a-f-]{36}"), first);
        assertNotEquals(first, template.render(0));
    }

    @Test
    void leavesPlainTextAlone() {
        assertEquals("{\"a\":1}", BodyTemplate.parse("{\"a\":1}").render(5));
        assertEquals("", BodyTemplate.parse("").render(5));
    }

    @Test
    void rejectsUnknownAndUnterminatedPlaceholders() {
        assertThrows(IllegalArgumentException.class, () -> BodyTemplate.parse("${uid}"));
        assertThrows(IllegalArgumentException.class, () -> BodyTemplate.parse("{\"a\":\"${seq\"}x"));
    }
}
