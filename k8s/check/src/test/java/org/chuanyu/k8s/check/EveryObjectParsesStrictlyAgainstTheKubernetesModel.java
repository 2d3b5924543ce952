package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered object is a kind fabric8's model knows (or one of CloudNativePG's, checked on their own), with no
 * field the model does not know, and lands in the platform's namespace.
 */
class EveryObjectParsesStrictlyAgainstTheKubernetesModel {

    static final String NAMESPACE = "chuanyu";

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#all")
    void everyFieldIsOneTheModelKnows(Render render) {
        var violations = new Violations(render);
        for (HasMetadata object : render.objects()) {
            if (object instanceof GenericKubernetesResource custom) {
                violations.check(Render.CUSTOM_KINDS.contains(custom.getApiVersion() + "/" + custom.getKind()),
                        Render.describe(object) + ": " + custom.getApiVersion() + " " + custom.getKind()
                                + " is neither a Kubernetes kind nor a custom resource the platform uses");
                continue;
            }
            StrictModel.unknownFields(object).forEach(field -> violations.add(Render.describe(object)
                    + ": unknown field " + field));
        }
        violations.assertNone("objects with kinds or fields the Kubernetes model does not know");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#all")
    void everyObjectLivesInTheChuanyuNamespace(Render render) {
        var violations = new Violations(render);
        violations.check(render.all(Namespace.class).stream().anyMatch(n -> n.getMetadata().getName().equals(NAMESPACE)),
                "no Namespace " + NAMESPACE);
        render.objects().stream().filter(o -> !(o instanceof Namespace)).forEach(o -> violations.check(
                NAMESPACE.equals(o.getMetadata().getNamespace()),
                Render.describe(o) + " is in namespace " + o.getMetadata().getNamespace()));
        violations.assertNone("objects outside the " + NAMESPACE + " namespace");
    }
}
