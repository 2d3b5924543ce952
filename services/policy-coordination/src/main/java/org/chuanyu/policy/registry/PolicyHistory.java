package org.chuanyu.policy.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.policy.versions.FieldDiff;
import org.chuanyu.policy.versions.LineDiff;
import org.chuanyu.policy.versions.VersionDiff;
import org.chuanyu.policy.versions.VersionView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.List;

/**
 * A policy's history: every version of its content, kept by the register at each change, read as a stream and
 * compared two at a time. Only a caller who sees the policy reads its history (404 otherwise).
 */
@ApplicationScoped
@Transactional
public class PolicyHistory {

    @Inject
    PolicyRegistry registry;
    @Inject
    ObjectMapper json;
    /** The most line pairs one text diff may compare (its time; its memory is linear whatever this is). */
    @ConfigProperty(name = "policy-coordination.diff.max-line-pairs")
    long diffMaxLinePairs;

    /** Versions read and written at a time: each may hold 50,000 characters of text, and a policy many of them. */
    static final int VERSIONS_PER_READ = 10;

    /** 404 unless the caller sees the policy; answers its id for {@link #writeVersions}. */
    public long requireVersionsVisible(long id) {
        return registry.requireVisible(id).id;
    }

    /**
     * Every version of the policy, oldest first, as a JSON array written while it is read (a few versions in memory
     * at a time, however many the policy has). Runs in one transaction of the caller's, as the response is written.
     */
    public void writeVersions(long policyId, JsonGenerator out) throws IOException {
        out.writeStartArray();
        int after = 0;
        while (true) {
            List<PolicyVersion> page = PolicyVersion.<PolicyVersion>find("policyId = ?1 and number > ?2 order by number",
                    policyId, after).range(0, VERSIONS_PER_READ - 1).list();
            for (PolicyVersion v : page) {
                out.writeObject(new VersionView(v.number, BusinessDates.at(v.createdAt), v.createdBy,
                        v.content));
                after = v.number;
            }
            out.flush();
            PolicyVersion.getEntityManager().clear();
            if (page.size() < VERSIONS_PER_READ) {
                break;
            }
        }
        out.writeEndArray();
        out.flush();
    }

    public VersionDiff diff(long id, int from, int to) {
        Policy policy = registry.requireVisible(id);
        PolicyVersion a = version(policy.id, from, "from");
        PolicyVersion b = version(policy.id, to, "to");
        PolicyContent older = a.content;
        PolicyContent newer = b.content;
        // The text is compared line by line; every other field as a value.
        ObjectNode olderFields = json.valueToTree(older);
        ObjectNode newerFields = json.valueToTree(newer);
        olderFields.remove("text");
        newerFields.remove("text");
        LineDiff.Result text = LineDiff.between(older.text(), newer.text(), diffMaxLinePairs);
        return new VersionDiff(policy.id, from, to, text.lines(), text.exact(), FieldDiff.between(olderFields, newerFields));
    }

    private PolicyVersion version(long policyId, int number, String name) {
        PolicyVersion v = PolicyVersion.find("policyId = ?1 and number = ?2", policyId, number).firstResult();
        if (v == null) {
            throw ProblemException.notFound("Version " + number + " (" + name + ")");
        }
        return v;
    }
}
