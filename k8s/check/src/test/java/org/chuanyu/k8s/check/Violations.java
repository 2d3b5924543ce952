package org.chuanyu.k8s.check;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collects every breach of a rule in a render, so that one run names them all instead of the first. */
final class Violations {

    private final Render render;
    private final List<String> found = new ArrayList<>();

    Violations(Render render) {
        this.render = render;
    }

    void add(String violation) {
        found.add(violation);
    }

    void check(boolean holds, String violation) {
        if (!holds) {
            found.add(violation);
        }
    }

    void assertNone(String rule) {
        assertTrue(found.isEmpty(), () -> render + ": " + rule + "\n  - " + String.join("\n  - ", found));
    }
}
