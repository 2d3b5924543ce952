package org.chuanyu.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Long options ({@code --name value}, {@code --flag}) shared by the bench commands. Every option a
 * command accepts is declared up front, so a typo is an error instead of a silently ignored option.
 */
public final class Args {

    private static final String PREFIX = "--";

    private final Map<String, List<String>> values;
    private final Set<String> flags;

    private Args(Map<String, List<String>> values, Set<String> flags) {
        this.values = values;
        this.flags = flags;
    }

    /**
     * @param valued names of options that take a value (any may be repeated)
     * @param switches names of options that take none
     * @throws IllegalArgumentException on an unknown option, a missing value or a stray word
     */
    public static Args parse(String[] args, Set<String> valued, Set<String> switches) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String word = args[i];
            if (!word.startsWith(PREFIX)) {
                throw new IllegalArgumentException("unexpected argument '" + word + "' (options are --name value)");
            }
            String name = word.substring(PREFIX.length());
            if (switches.contains(name)) {
                flags.add(name);
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        return new Args(values, flags);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The last value given for the option (a later one overrides an earlier one). */
    public Optional<String> value(String name) {
        List<String> all = values.get(name);
        return all == null ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public String required(String name) {
        return value(name).orElseThrow(() -> new IllegalArgumentException("option --" + name + " is required"));
    }

    public List<String> values(String name) {
        return Collections.unmodifiableList(values.getOrDefault(name, List.of()));
    }

    public int intValue(String name, int defaultValue) {
        String text = value(name).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " must be a whole number, not '" + text + "'");
        }
    }

    public double doubleValue(String name, double defaultValue) {
        String text = value(name).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " must be a number, not '" + text + "'");
        }
    }

    /** Values of a repeatable option where each occurrence may itself be a comma-separated list. */
    public List<String> commaValues(String name) {
        List<String> out = new ArrayList<>();
        for (String value : values(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
