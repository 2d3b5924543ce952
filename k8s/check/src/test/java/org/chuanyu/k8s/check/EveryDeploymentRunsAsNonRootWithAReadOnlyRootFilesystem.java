package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every container of every workload (Deployments and the dev StatefulSet, init containers included) runs as
 * non-root, cannot escalate privileges, has every capability dropped, uses the RuntimeDefault seccomp profile, and
 * has a read-only root filesystem with an emptyDir at /tmp as its scratch space. Pods do not mount a service-account
 * token: nothing in the platform talks to the Kubernetes API.
 */
class EveryDeploymentRunsAsNonRootWithAReadOnlyRootFilesystem {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyContainerHasTheRestrictedSecurityContext(Render render) {
        var violations = new Violations(render);
        render.workloads().forEach(workload -> {
            PodSpec pod = workload.template().getSpec();
            violations.check(Boolean.FALSE.equals(pod.getAutomountServiceAccountToken()),
                    workload.name() + ": mounts a service-account token (automountServiceAccountToken is not false)");
            Stream.concat(pod.getContainers().stream(),
                    pod.getInitContainers() == null ? Stream.empty() : pod.getInitContainers().stream())
                    .forEach(c -> check(violations, workload.name() + " container " + c.getName(), pod, c));
        });
        violations.assertNone("containers without the restricted security context");
    }

    private static void check(Violations violations, String where, PodSpec pod, Container container) {
        Optional<PodSecurityContext> podContext = Optional.ofNullable(pod.getSecurityContext());
        SecurityContext context = container.getSecurityContext();
        if (context == null) {
            violations.add(where + ": no securityContext");
            return;
        }
        boolean nonRoot = Boolean.TRUE.equals(context.getRunAsNonRoot())
                || context.getRunAsNonRoot() == null && podContext.map(PodSecurityContext::getRunAsNonRoot).orElse(false);
        violations.check(nonRoot, where + ": runAsNonRoot is not true");
        Long uid = Optional.ofNullable(context.getRunAsUser()).orElse(podContext.map(PodSecurityContext::getRunAsUser).orElse(null));
        violations.check(uid == null || uid != 0, where + ": runAsUser is 0");
        violations.check(Boolean.FALSE.equals(context.getAllowPrivilegeEscalation()),
                where + ": allowPrivilegeEscalation is not false");
        violations.check(!Boolean.TRUE.equals(context.getPrivileged()), where + ": privileged");
        violations.check(Boolean.TRUE.equals(context.getReadOnlyRootFilesystem()),
                where + ": readOnlyRootFilesystem is not true");
        var capabilities = context.getCapabilities();
        violations.check(capabilities != null && capabilities.getDrop() != null && capabilities.getDrop().contains("ALL"),
                where + ": capabilities do not drop ALL");
        violations.check(capabilities == null || capabilities.getAdd() == null || capabilities.getAdd().isEmpty(),
                where + ": adds capabilities " + (capabilities == null ? "" : capabilities.getAdd()));
        String seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile().getType()
                : podContext.map(PodSecurityContext::getSeccompProfile).map(p -> p.getType()).orElse(null);
        violations.check("RuntimeDefault".equals(seccomp), where + ": seccomp profile is " + seccomp + ", not RuntimeDefault");
        violations.check(hasEmptyDirAt(pod, container, "/tmp"), where + ": no emptyDir mounted at /tmp");
    }

    private static boolean hasEmptyDirAt(PodSpec pod, Container container, String path) {
        List<Volume> volumes = pod.getVolumes() == null ? List.of() : pod.getVolumes();
        return container.getVolumeMounts() != null && container.getVolumeMounts().stream()
                .filter(m -> path.equals(m.getMountPath()))
                .anyMatch(m -> volumes.stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
    }
}
