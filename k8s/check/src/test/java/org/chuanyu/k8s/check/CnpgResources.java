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

    static final Set<String> RECOVERY = Set.of("backup", "database", "owner", "recoveryTarget", "secret", "source",
            "volumeSnapshots");
    static final Set<String> RECOVERY_TARGET = Set.of("backupID", "exclusive", "targetImmediate", "targetLSN",
            "targetName", "targetTLI", "targetTime", "targetXID");
    static final Set<String> PLUGIN = Set.of("enabled", "isWALArchiver", "name", "parameters");
    static final Set<String> EXTERNAL_CLUSTER = Set.of("barmanObjectStore", "connectionParameters", "name", "password",
            "plugin", "sslCert", "sslKey", "sslRootCert");
    static final Set<String> SCHEDULED_BACKUP_SPEC = Set.of("backupOwnerReference", "cluster", "immediate", "method",
            "online", "onlineConfiguration", "pluginConfiguration", "schedule", "suspend", "target");
    /** The Barman Cloud plugin's ObjectStore (barmancloud.cnpg.io/v1): its spec and the store's configuration. */
    static final Set<String> OBJECT_STORE_SPEC = Set.of("configuration", "instanceSidecarConfiguration", "retentionPolicy");
    static final Set<String> OBJECT_STORE_CONFIGURATION = Set.of("azureCredentials", "data", "destinationPath",
            "endpointCA", "endpointURL", "googleCredentials", "historyTags", "s3Credentials", "serverName", "tags", "wal");

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
        Map<String, Object> recovery = map(map(spec.get("bootstrap")).get("recovery"));
        only(violations, name + " spec.bootstrap.recovery", recovery, RECOVERY);
        only(violations, name + " spec.bootstrap.recovery.recoveryTarget", map(recovery.get("recoveryTarget")), RECOVERY_TARGET);
        violations.check(initdb.isEmpty() != recovery.isEmpty(), name + ": bootstraps by initdb or by recovery, never both or neither");
        for (Object plugin : list(spec.get("plugins"))) {
            only(violations, name + " plugin", map(plugin), PLUGIN);
        }
        for (Object external : list(spec.get("externalClusters"))) {
            only(violations, name + " external cluster", map(external), EXTERNAL_CLUSTER);
            only(violations, name + " external cluster plugin", map(map(external).get("plugin")), PLUGIN);
        }
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

    static void checkScheduledBackup(GenericKubernetesResource backup, Set<String> clusters, Violations violations) {
        String name = "ScheduledBackup " + backup.getMetadata().getName();
        Map<String, Object> spec = map(backup.get("spec"));
        only(violations, name + " spec", spec, SCHEDULED_BACKUP_SPEC);
        violations.check(clusters.contains(map(spec.get("cluster")).get("name")), name + ": spec.cluster.name is not a Cluster of the render");
        // The operator's schedule has six fields, seconds first; a five-field one is refused when applied.
        violations.check(spec.get("schedule") instanceof String s && s.trim().split("\\s+").length == 6,
                name + ": spec.schedule is not a six-field cron expression (seconds first)");
    }

    static void checkObjectStore(GenericKubernetesResource store, Violations violations) {
        String name = "ObjectStore " + store.getMetadata().getName();
        Map<String, Object> spec = map(store.get("spec"));
        only(violations, name + " spec", spec, OBJECT_STORE_SPEC);
        only(violations, name + " spec.configuration", map(spec.get("configuration")), OBJECT_STORE_CONFIGURATION);
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
