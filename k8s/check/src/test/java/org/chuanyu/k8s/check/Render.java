package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One kustomization rendered by {@code kubectl kustomize} and parsed object by object. */
record Render(String name, Path directory, List<HasMetadata> objects) {

    /** CloudNativePG's kinds and its Barman Cloud plugin's: not in fabric8's model, checked by {@link CnpgResources}. */
    static final Set<String> CUSTOM_KINDS = Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Pooler",
            "postgresql.cnpg.io/v1/Database", "postgresql.cnpg.io/v1/ScheduledBackup", "barmancloud.cnpg.io/v1/ObjectStore",
            "monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PrometheusRule");

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    static Render of(String name, Path directory) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(Kustomize.render(directory))) {
            if (!document.isBlank()) {
                objects.add(StrictModel.parse(document));
            }
        }
        return new Render(name, directory, List.copyOf(objects));
    }

    @Override
    public String toString() {
        return name;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    List<Secret> secrets() {
        return all(Secret.class);
    }

    List<ConfigMap> configMaps() {
        return all(ConfigMap.class);
    }

    List<Service> services() {
        return all(Service.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return all(NetworkPolicy.class);
    }

    Optional<Deployment> deployment(String name) {
        return deployments().stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst();
    }

    /** Every pod template of the workloads this render creates directly (Deployments and StatefulSets). */
    Stream<Workload> workloads() {
        return Stream.concat(
                deployments().stream().map(d -> new Workload("Deployment " + d.getMetadata().getName(),
                        d.getSpec().getTemplate())),
                all(StatefulSet.class).stream().map(s -> new Workload("StatefulSet " + s.getMetadata().getName(),
                        s.getSpec().getTemplate())));
    }

    /**
     * The pods this render leads to, with their labels and the ports they listen on: the workloads' templates, and
     * the pods CloudNativePG creates for a Cluster (its inherited labels plus {@code cnpg.io/cluster}; PostgreSQL on
     * 5432, the instance manager's status on 8000) and for a Pooler (its template labels plus
     * {@code cnpg.io/poolerName}; PgBouncer on 5432).
     */
    List<Pods> pods() {
        List<Pods> pods = new ArrayList<>();
        workloads().forEach(w -> pods.add(new Pods(w.name(), w.template().getMetadata().getLabels(),
                w.template().getSpec().getContainers().stream()
                        .flatMap(c -> c.getPorts() == null ? Stream.empty() : c.getPorts().stream())
                        .map(p -> p.getContainerPort()).toList())));
        for (GenericKubernetesResource cluster : custom("Cluster")) {
            Map<String, String> labels = new HashMap<>(stringMap(cluster, "spec", "inheritedMetadata", "labels"));
            labels.put("cnpg.io/cluster", cluster.getMetadata().getName());
            pods.add(new Pods("Cluster " + cluster.getMetadata().getName(), labels, List.of(5432, 8000)));
        }
        for (GenericKubernetesResource pooler : custom("Pooler")) {
            Map<String, String> labels = new HashMap<>(stringMap(pooler, "spec", "template", "metadata", "labels"));
            labels.put("cnpg.io/poolerName", pooler.getMetadata().getName());
            pods.add(new Pods("Pooler " + pooler.getMetadata().getName(), labels, List.of(5432)));
        }
        return pods;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> stringMap(GenericKubernetesResource resource, String... path) {
        Object value = resource.get((Object[]) path);
        return value instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }

    record Workload(String name, PodTemplateSpec template) {
    }

    record Pods(String source, Map<String, String> labels, List<Integer> ports) {
        Pods {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }
}
