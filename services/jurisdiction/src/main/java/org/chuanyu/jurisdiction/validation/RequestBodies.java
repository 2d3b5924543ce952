package org.chuanyu.jurisdiction.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.problem.ProblemException;

import java.util.Set;

/**
 * Validates a request body inside the operation rather than before it, so the visibility check
 * (404) can come first, as the jurisdiction rules require (a {@code @Valid} parameter would be
 * checked before the operation runs).
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** 400 when the body is missing ({@code expected} says what it should hold) or violates its constraints. */
    public static <T> T requireValid(Validator validator, T body, String expected) {
        if (body == null) {
            throw ProblemException.invalid("request", "a JSON body is required: " + expected);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
