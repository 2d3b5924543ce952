package org.chuanyu.jurisdiction.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Collects field violations from Bean Validation and from domain checks, so that a request with
 * several mistakes gets one 400 naming each field (as JSON paths: {@code zone.members[0].division}).
 */
public final class Violations {

    private final List<Problem.FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new Problem.FieldViolation(field, message));
        return this;
    }

    /** Adds Bean Validation's findings, their paths prefixed by {@code prefix} (e.g. {@code zone}). */
    public <T> Violations addAll(String prefix, Set<ConstraintViolation<T>> violations) {
        violations.forEach(v -> add(join(prefix, pathOf(v.getPropertyPath())), v.getMessage()));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a validation problem listing every violation, if there is one. */
    public void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        List<Problem.FieldViolation> sorted = found.stream()
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
        String detail = sorted.size() == 1 ? "1 field is invalid" : sorted.size() + " fields are invalid";
        throw new ProblemException(ProblemType.VALIDATION, detail, sorted);
    }

    public static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? prefix : field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    /** {@code members[0].division}, {@code secondedStaff[hubei]}, {@code towns[2]}. */
    static String pathOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            boolean containerElement = node.getKind() == ElementKind.CONTAINER_ELEMENT;
            if (!containerElement && node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
