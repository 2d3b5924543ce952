package org.chuanyu.policy.alignment;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/**
 * The comparison of a topic's two sides. Values compare as the same when they mean the same:
 * numbers by value (10 = 10.0), text ignoring surrounding blanks, lists as sets (the required
 * documents in another order are the same requirement). A value stated on one side only differs.
 */
public final class AlignmentRules {

    /** The status and the names of the parameters that differ. */
    public record Comparison(AlignmentStatus status, List<String> differing) {
    }

    private AlignmentRules() {
    }

    public static Comparison compare(Long sichuanPolicy, Long chongqingPolicy, List<Parameter> parameters) {
        List<String> differing = parameters.stream().filter(p -> !same(p.sichuan(), p.chongqing())).map(Parameter::name).toList();
        if (sichuanPolicy == null || chongqingPolicy == null) {
            return new Comparison(AlignmentStatus.MISSING_ON_ONE_SIDE, differing);
        }
        return new Comparison(differing.isEmpty() ? AlignmentStatus.ALIGNED : AlignmentStatus.DIVERGENT, differing);
    }

    static boolean same(JsonNode a, JsonNode b) {
        boolean aAbsent = a == null || a.isNull();
        boolean bAbsent = b == null || b.isNull();
        if (aAbsent || bAbsent) {
            return aAbsent && bAbsent;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            return Objects.equals(asSet(a), asSet(b));
        }
        if (a.isValueNode() && b.isValueNode()) {
            return a.asText().strip().equals(b.asText().strip());
        }
        return a.equals(b);
    }

    private static TreeSet<String> asSet(JsonNode array) {
        TreeSet<String> set = new TreeSet<>();
        StreamSupport.stream(array.spliterator(), false).forEach(n -> set.add(n.isValueNode() ? n.asText().strip() : n.toString()));
        return set;
    }
}
