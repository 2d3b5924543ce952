package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal schema of the CloudNativePG resources the prod overlay uses (postgresql.cnpg.io/v1 Cluster, Pooler,
 * Database): the fields the platform relies on must be there with the right shape, and no field outside the
 * operator's API may appear where the platform writes (a misspelt field would be dropped by the API server without
 * a word). The field lists follow the CloudNativePG 1.25+ API reference; a Pooler's pod template is checked with
 * the Kubernetes model itself.
 */
final class CnpgResources {

    static final Set<String> CLUSTER_SPEC = Set.of("affinity", "backup", "bootstrap", "certificates", "description",
            "enablePDB", "enableSuperuserAccess", "env", "envFrom", "ephemeralVolumeSource", "ephemeralVolumesSizeLimit",
            "externalClusters", "failoverDelay", "imageCatalogRef", "imageName", "imagePullPolicy", "imagePullSecrets",
            "inheritedMetadata", "instances", "livenessProbeTimeout", "logLevel", "managed", "maxSyncReplicas",
            "minSyncReplicas", "monitoring", "nodeMaintenanceWindow", "plugins", "podSecurityContext", "postgresGID",
            "postgresUID", "postgresql", "primaryUpdateMethod", "primaryUpdateStrategy", "priorityClassName", "probes",
            "projectedVolumeTemplate", "replica", "replicationSlots", "resources", "schedulerName", "seccompProfile",
            "securityContext", "serviceAccountTemplate", "smartShutdownTimeout", "startDelay", "stopDelay", "storage",
            "superuserSecret", "switchoverDelay", "tablespaces", "topologySpreadConstraints", "walStorage");
    static final Set<String> INITDB = Set.of("builtinLocale", "dataChecksums", "database", "encoding", "icuLocale",
            "icuRules", "import", "locale", "localeCType", "localeCollate", "localeProvider", "options", "owner",
            "postInitApplicationSQL", "postInitApplicationSQLRefs", "postInitSQL", "postInitSQLRefs",
            "postInitTemplateSQL", "postInitTemplateSQLRefs", "secret", "walSegmentSize");
    static final Set<String> ROLE = Set.of("bypassrls", "comment", "connectionLimit", "createdb", "createrole",
            "disablePassword", "ensure", "inRoles", "inherit", "login", "name", "passwordSecret", "replication",
            "superuser", "validUntil");
    static final Set<String> POOLER_SPEC = Set.of("cluster", "deploymentStrategy", "instances", "monitoring",
            "pgbouncer", "serviceTemplate", "template", "type");
    static final Set<String> PGBOUNCER = Set.of("authQuery", "authQuerySecret", "parameters", "paused", "pg_hba",
            "poolMode");
    static final Set<String> DATABASE_SPEC = Set.of("allowConnections", "builtinLocale", "cluster", "collationVersion",
            "connectionLimit", "databaseReclaimPolicy", "encoding", "ensure", "extensions", "icuLocale", "icuRules",
            "isTemplate", "locale", "localeCType", "localeCollate", "localeProvider", "name", "owner", "schemas",
            "tablespace", "template");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private CnpgResources() {
    }

    static void checkCluster(GenericKubernetesResource cluster, Violations violations) {
        String name = "Cluster " + cluster.getMetadata().getName();
        Map<String, Object> spec = map(cluster.get("spec"));
        only(violations, name + " spec", spec, CLUSTER_SPEC);
        violations.check(spec.get("instances") instanceof Number, name + ": spec.instances is not a number");
        violations.check(map(spec.get("storage")).get("size") instanceof String, name + ": no spec.storage.size");
        Map<String, Object> initdb = map(map(spec.get("bootstrap")).get("initdb"));
        only(violations, name + " spec.bootstrap.initdb", initdb, INITDB);
        for (Object role : list(map(spec.get("managed")).get("roles"))) {
            Map<String, Object> r = map(role);
            only(violations, name + " managed role " + r.get("name"), r, ROLE);
            violations.check(r.get("name") instanceof String, name + ": a managed role without a name");
            violations.check(map(r.get("passwordSecret")).get("name") instanceof String,
                    name + ": managed role " + r.get("name") + " has no passwordSecret.name");
        }
    }

    static void checkPooler(GenericKubernetesResource pooler, Set<String> clusters, Violations violations) {
        String name = "Pooler " + pooler.getMetadata().getName();
        Map<String, Object> spec = map(pooler.get("spec"));
        only(violations, name + " spec", spec, POOLER_SPEC);
        violations.check(clusters.contains(map(spec.get("cluster")).get("name")),
                name + ": spec.cluster.name " + map(spec.get("cluster")).get("name") + " is not a Cluster of the render");
        violations.check(Set.of("rw", "ro", "r").contains(spec.get("type")), name + ": spec.type " + spec.get("type"));
        Map<String, Object> pgbouncer = map(spec.get("pgbouncer"));
        only(violations, name + " spec.pgbouncer", pgbouncer, PGBOUNCER);
        violations.check(Set.of("session", "transaction").contains(pgbouncer.get("poolMode")),
                name + ": pgbouncer.poolMode " + pgbouncer.get("poolMode"));
        map(pgbouncer.get("parameters")).forEach((k, v) -> violations.check(v instanceof String,
                name + ": pgbouncer parameter " + k + " must be a string"));
        if (spec.get("template") != null) {
            PodTemplateSpec template = SERIALIZATION.convertValue(spec.get("template"), PodTemplateSpec.class);
            StrictModel.unknownFields(template).forEach(f -> violations.add(name + ": unknown field spec.template." + f));
        }
    }

    static void checkDatabase(GenericKubernetesResource database, Set<String> clusters, Set<String> roles,
                              Violations violations) {
        String name = "Database " + database.getMetadata().getName();
        Map<String, Object> spec = map(database.get("spec"));
        only(violations, name + " spec", spec, DATABASE_SPEC);
        violations.check(clusters.contains(map(spec.get("cluster")).get("name")),
                name + ": spec.cluster.name is not a Cluster of the render");
        violations.check(spec.get("name") instanceof String, name + ": no spec.name");
        violations.check(roles.contains(spec.get("owner")), name + ": owner " + spec.get("owner")
                + " is not a role the Cluster manages");
    }

    private static void only(Violations violations, String where, Map<String, Object> fields, Set<String> known) {
        fields.keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> violations.add(where + ": unknown field " + k));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
