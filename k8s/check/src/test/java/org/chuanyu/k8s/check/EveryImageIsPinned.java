package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Every image names an explicit version (a tag other than latest, or a digest), so a rollout is reproducible. */
class EveryImageIsPinned {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#all")
    void noImageFloatsOnLatestOrOnNoTagAtAll(Render render) {
        var violations = new Violations(render);
        render.workloads().forEach(w -> {
            var spec = w.template().getSpec();
            Stream.concat(spec.getContainers().stream(),
                    spec.getInitContainers() == null ? Stream.empty() : spec.getInitContainers().stream())
                    .forEach(c -> violations.check(pinned(c.getImage()),
                            w.name() + " container " + c.getName() + ": image " + c.getImage() + " is not pinned"));
        });
        for (GenericKubernetesResource cluster : render.custom("Cluster")) {
            Object image = cluster.get("spec", "imageName");
            violations.check(image instanceof String s && pinned(s),
                    "Cluster " + cluster.getMetadata().getName() + ": imageName " + image + " is not pinned");
        }
        violations.assertNone("images without a pinned version");
    }

    static boolean pinned(String image) {
        if (image == null) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return false; // no tag: the registry's latest
        }
        String tag = image.substring(colon + 1);
        return !tag.isBlank() && !tag.equals("latest");
    }
}
