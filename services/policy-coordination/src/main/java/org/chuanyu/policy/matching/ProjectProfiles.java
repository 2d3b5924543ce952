package org.chuanyu.policy.matching;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.policy.registry.ProjectStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A project of the projects service as a matching {@link Profile}. The mapping (documented in
 * docs/policy-coordination.md) accepts the likely shapes: {@code industries} (list) or
 * {@code industry} / {@code industryChain} (text or list); {@code parkCode} or {@code park} (text, or
 * an object with {@code code}); {@code district} and {@code zone} at the top or under {@code scope};
 * {@code stage} (unknown stages ignored); {@code plannedInvestment} as a number, numeric text, or an
 * object with {@code amount}.
 */
@ApplicationScoped
public class ProjectProfiles {

    private static final Logger LOG = Logger.getLogger(ProjectProfiles.class);

    @Inject
    @RestClient
    ProjectsClient projects;

    /** The project's profile; 404 when the projects service does not show it to the caller, 503 when unreachable. */
    public Profile of(String projectId, String authorization) {
        JsonNode project;
        try {
            project = projects.get(projectId, authorization);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 403 || status == 400) {
                throw ProblemException.notFound("Project");
            }
            LOG.warnf("projects service answered %d for project %s", status, projectId);
            throw ProblemException.unavailable("The projects service cannot answer now; match an ad-hoc profile or retry");
        } catch (ProcessingException e) {
            LOG.warnf("projects service unreachable: %s", e.getMessage());
            throw ProblemException.unavailable("The projects service cannot be reached; match an ad-hoc profile or retry");
        }
        return from(project);
    }

    static Profile from(JsonNode p) {
        return new Profile(industries(p), code(first(p, "parkCode", "park")), text(first(p, "district", "scope.district")),
                text(first(p, "zone", "scope.zone")), stage(text(p.get("stage"))), amount(first(p, "plannedInvestment", "investment")));
    }

    private static List<String> industries(JsonNode p) {
        List<String> found = new ArrayList<>();
        for (String field : List.of("industries", "industry", "industryChain", "industryChains")) {
            JsonNode n = p.get(field);
            if (n == null || n.isNull()) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(i -> found.add(i.isObject() ? text(i.get("code")) : i.asText()));
            } else {
                found.add(n.isObject() ? text(n.get("code")) : n.asText());
            }
        }
        return found.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    }

    private static JsonNode first(JsonNode p, String... paths) {
        for (String path : paths) {
            JsonNode n = p;
            for (String part : path.split("\\.")) {
                n = n == null ? null : n.get(part);
            }
            if (n != null && !n.isNull()) {
                return n;
            }
        }
        return null;
    }

    private static String code(JsonNode n) {
        return n != null && n.isObject() ? text(n.get("code")) : text(n);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    private static ProjectStage stage(String name) {
        return name == null ? null : Arrays.stream(ProjectStage.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static BigDecimal amount(JsonNode n) {
        if (n == null) {
            return null;
        }
        JsonNode value = n.isObject() ? n.get("amount") : n;
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
