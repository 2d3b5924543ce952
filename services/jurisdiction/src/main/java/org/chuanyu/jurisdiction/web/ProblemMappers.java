package org.chuanyu.jurisdiction.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.http.RequestId;
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error a service answers becomes RFC 9457 problem+json here, in one place. Nothing a
 * client sends can produce a stack trace or database text in a response; unexpected failures
 * answer a bare 500 with the request id, and the details go to the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL: insufficient_privilege, raised when a row-level-security policy refuses a write. */
    private static final String RLS_REFUSED = "42501";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** SQLSTATE class 22: data exceptions (invalid byte sequence, out of range, …). */
    private static final String DATA_EXCEPTION = "22";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .collect(Collectors.toList());
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(new ProblemException(ProblemType.VALIDATION, detail, errors).toProblem());
    }

    /** More specific than the framework's own mapper for this type, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return malformed(e);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        String detail = "The request body is not valid JSON for this operation";
        if (e instanceof StreamConstraintsException) {
            // Jackson's message names the limit; the limit is published (x-max-nesting-depth), the rest is ours.
            detail = "The request body nests deeper, or holds a longer value, than this API accepts "
                    + "(x-max-nesting-depth in the OpenAPI document)";
        }
        List<Problem.FieldViolation> errors = List.of();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors = List.of(new Problem.FieldViolation(field, "has the wrong type or format"));
        }
        return respond(new ProblemException(ProblemType.MALFORMED, detail, errors).toProblem());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge();
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return challenge();
    }

    private static Response challenge() {
        Problem problem = of(ProblemType.UNAUTHENTICATED,
                "A valid bearer token from the sichuan or chongqing realm is required");
        return Response.fromResponse(respond(problem)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(of(ProblemType.FORBIDDEN, "Your roles do not allow this operation"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // The framework reports an unreadable body as a bare 400 around the parser's exception.
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return malformed(json);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.ofStatus(status);
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        // Framework messages may name internals; answer with our own words for the status.
        return respond(new Problem(type.uri(), type.title(), status, type.title(), null, List.of()));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return respond(of(ProblemType.CONFLICT, "The record was changed by someone else; read it again and retry"));
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleStateException e) {
        return respond(of(ProblemType.CONFLICT, "The record was changed by someone else; read it again and retry"));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        SQLException sql = sqlCause(e);
        if (sql != null && RLS_REFUSED.equals(sql.getSQLState())) {
            LOG.warnf("row-level security refused a write: %s", sql.getMessage());
            return respond(of(ProblemType.FORBIDDEN, "You may not write records in this scope"));
        }
        if (sql != null && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || FOREIGN_KEY_VIOLATION.equals(sql.getSQLState()))) {
            LOG.infof("integrity constraint refused a write: %s", sql.getMessage());
            return respond(of(ProblemType.CONFLICT, "The request conflicts with existing data"));
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            // A check or not-null constraint caught what validation should have: a gap to close.
            LOG.warnf("a constraint caught input that validation let through: %s", sql.getMessage());
            return respond(of(ProblemType.UNPROCESSABLE, "The request breaks a rule of the data"));
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION)) {
            // A value PostgreSQL cannot hold (a NUL character, a number or date out of its range)
            // reached the database: the client's input, so a 400; validation should catch it first.
            LOG.warnf("the database refused a value that validation let through: %s", sql.getSQLState());
            return respond(of(ProblemType.VALIDATION, "A value in the request cannot be stored "
                    + "(for example a NUL character, or a number or date out of range)"));
        }
        if (sql != null && DatabaseOutage.is(sql)) {
            LOG.warnf("the database is unavailable: %s %s", sql.getSQLState(), sql.getMessage());
            return Response.fromResponse(respond(of(ProblemType.UNAVAILABLE,
                            "The database is unavailable for a moment; retry the request")))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unexpected failure", e);
        return respond(of(ProblemType.INTERNAL, "Something went wrong on our side; quote the request id"));
    }

    private static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withRequestId(RequestId.current()))
                .build();
    }

    /**
     * The field a client would recognise: the JSON path inside a body parameter, or the name of a
     * query or path parameter; never the Java method name Bean Validation puts first.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        field.append(field.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }

    private static SQLException sqlCause(Throwable e) {
        return cause(e, SQLException.class);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
