package org.chuanyu.jurisdiction.problem;

import java.util.List;

/** Thrown anywhere in a service to answer with a problem; mapped to problem+json at the edge. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldViolation> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldViolation> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "1 field is invalid",
                List.of(new Problem.FieldViolation(field, message)));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail);
    }

    public ProblemType type() {
        return type;
    }

    /** The fields at fault, for a validation problem; empty otherwise. */
    public List<Problem.FieldViolation> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, errors);
    }
}
