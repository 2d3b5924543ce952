package org.chuanyu.parks.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;

import java.util.Set;

/**
 * Reads a report body only once the caller is known to be allowed to send it: the endpoint takes
 * the body unparsed, so that a park outside the caller's scope answers 404 before anything is said
 * about the body. Errors are the platform's usual ones (malformed / validation with field names).
 */
@ApplicationScoped
public class IndicatorReportReader {

    private final ObjectReader reader;
    private final Validator validator;

    @Inject
    public IndicatorReportReader(ObjectMapper mapper, Validator validator) {
        // 12.7 enterprises is not a count: refuse it instead of silently truncating to 12.
        this.reader = mapper.readerFor(IndicatorReport.class)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.validator = validator;
    }

    public IndicatorReport read(String body) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED, "A JSON body with the report is required");
        }
        IndicatorReport report;
        try {
            report = reader.readValue(body);
        } catch (JsonProcessingException e) {
            // Wrapped as the framework wraps a body it cannot read: the shared problem mapper unwraps
            // the parser's exception and names the offending field ("has the wrong type or format").
            throw new BadRequestException(e);
        }
        if (report == null) {
            throw new ProblemException(ProblemType.MALFORMED, "A JSON body with the report is required");
        }
        Set<ConstraintViolation<IndicatorReport>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return report;
    }
}
