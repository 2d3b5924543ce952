package org.chuanyu.e2e.fuzz;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Tries and seed of every fuzz property from system properties: {@code -Dfuzz.tries=} (default {@value #DEFAULT_TRIES},
 * sized to the two-minute budget: one try sends one request per operation) and {@code -Dfuzz.seed=} (default
 * {@value #DEFAULT_SEED}, fixed so CI is reproducible; {@code -Dfuzz.seed=random} draws one). Shrinking is off: a
 * "smaller" request would be sent to the stack again, and findings are collected, not thrown one by one.
 */
public final class FuzzSettings implements AroundPropertyHook {

    public static final int DEFAULT_TRIES = 40;
    public static final String DEFAULT_SEED = "20261123";

    public static int tries() {
        return Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
    }

    public static final String SEED = seed();

    private static String seed() {
        String s = System.getProperty("fuzz.seed", "").trim();
        if (s.isEmpty()) {
            return DEFAULT_SEED;
        }
        return s.equals("random") ? Long.toString(new java.security.SecureRandom().nextLong()) : s;
    }

    /** Registered on the test class, it must reach the property methods under it. */
    @Override
    public net.jqwik.api.lifecycle.PropagationMode propagateTo() {
        return net.jqwik.api.lifecycle.PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        // An @Example runs once (the heaviest legal bodies); every @Property the configured number of tries.
        if (!context.targetMethod().isAnnotationPresent(net.jqwik.api.Example.class)) {
            context.attributes().setTries(tries());
        }
        context.attributes().setSeed(SEED);
        context.attributes().setShrinking(ShrinkingMode.OFF);
        context.attributes().setEdgeCases(EdgeCasesMode.NONE);
        return property.execute();
    }
}
