package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Production runs PostgreSQL as one CloudNativePG Cluster of three instances with a PgBouncer Pooler; every
 * service's run-time connection goes through the pooler and its migrations straight to the primary, into a database
 * the cluster declares, as the roles it manages. Dev runs the single StatefulSet and its init script creates what
 * the services connect to.
 */
class TheProductionDatabaseIsACloudNativePgClusterOfThreeBehindAPooler {

    static final Map<String, String> SERVICE_DATABASES = Map.of("parks", "parks", "projects", "projects",
            "policy-coordination", "policy_coordination", "common-handling", "common_handling");

    @Test
    void theCustomResourcesHaveTheShapeTheOperatorExpects() {
        Render prod = Renders.overlay("prod");
        var violations = new Violations(prod);
        var clusters = prod.custom("Cluster");
        violations.check(clusters.size() == 1, "expected one Cluster, found " + clusters.size());
        clusters.forEach(c -> {
            CnpgResources.checkCluster(c, violations);
            violations.check(Integer.valueOf(3).equals(((Number) c.get("spec", "instances")).intValue()),
                    "Cluster " + c.getMetadata().getName() + ": spec.instances is not 3");
        });
        Set<String> clusterNames = names(clusters);
        Set<String> roles = managedRoles(clusters);
        var poolers = prod.custom("Pooler");
        violations.check(poolers.stream().anyMatch(p -> "rw".equals(p.get("spec", "type"))), "no rw Pooler");
        poolers.forEach(p -> CnpgResources.checkPooler(p, clusterNames, violations));
        prod.custom("Database").forEach(d -> CnpgResources.checkDatabase(d, clusterNames, roles, violations));
        violations.assertNone("CloudNativePG resources the operator would refuse or misread");
    }

    @Test
    void everyServiceConnectsThroughThePoolerAndMigratesOnThePrimary() {
        Render prod = Renders.overlay("prod");
        var violations = new Violations(prod);
        String cluster = prod.custom("Cluster").get(0).getMetadata().getName();
        String pooler = prod.custom("Pooler").get(0).getMetadata().getName();
        Set<String> databases = prod.custom("Database").stream().map(d -> (String) d.get("spec", "name"))
                .collect(Collectors.toSet());
        Set<String> roles = managedRoles(prod.custom("Cluster"));
        SERVICE_DATABASES.forEach((service, db) -> {
            Map<String, String> config = config(prod, service);
            violations.check(config.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "")
                            .startsWith("jdbc:postgresql://" + pooler + ":5432/" + db + "?"),
                    service + ": QUARKUS_DATASOURCE_JDBC_URL does not reach " + db + " through " + pooler);
            violations.check(config.getOrDefault("QUARKUS_FLYWAY_JDBC_URL", "")
                            .equals("jdbc:postgresql://" + cluster + "-rw:5432/" + db),
                    service + ": QUARKUS_FLYWAY_JDBC_URL does not reach " + db + " on the primary " + cluster + "-rw");
            violations.check(databases.contains(db), service + ": no Database " + db);
            violations.check(roles.contains(config.get("QUARKUS_DATASOURCE_USERNAME")),
                    service + ": the run-time role " + config.get("QUARKUS_DATASOURCE_USERNAME") + " is not managed");
            violations.check(roles.contains(config.get("QUARKUS_FLYWAY_USERNAME")),
                    service + ": the owner role " + config.get("QUARKUS_FLYWAY_USERNAME") + " is not managed");
        });
        violations.assertNone("services not wired to the production database");
    }

    @Test
    void devCreatesEveryDatabaseAndRoleTheServicesUse() throws IOException {
        Render dev = Renders.overlay("dev");
        var violations = new Violations(dev);
        String init = Files.readString(Renders.k8s().resolve("overlays/dev/postgres-init.sql"));
        SERVICE_DATABASES.forEach((service, db) -> {
            Map<String, String> config = config(dev, service);
            violations.check(config.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "").equals("jdbc:postgresql://postgres:5432/" + db),
                    service + ": QUARKUS_DATASOURCE_JDBC_URL is not the dev PostgreSQL's " + db);
            violations.check(init.contains("CREATE DATABASE " + db + " OWNER " + db + "_owner "),
                    "postgres-init.sql does not create " + db + " owned by " + db + "_owner");
            for (String role : new String[]{config.get("QUARKUS_DATASOURCE_USERNAME"), config.get("QUARKUS_FLYWAY_USERNAME")}) {
                violations.check(init.contains("CREATE ROLE " + role + " LOGIN"), "postgres-init.sql does not create " + role);
            }
        });
        violations.assertNone("services not wired to the dev database");
    }

    private static Map<String, String> config(Render render, String service) {
        return render.configMaps().stream().filter(m -> m.getMetadata().getName().equals(service + "-config"))
                .map(ConfigMap::getData).findFirst().orElse(Map.of());
    }

    private static Set<String> names(java.util.List<GenericKubernetesResource> resources) {
        return resources.stream().map(r -> r.getMetadata().getName()).collect(Collectors.toSet());
    }

    private static Set<String> managedRoles(java.util.List<GenericKubernetesResource> clusters) {
        Set<String> roles = new HashSet<>();
        for (var cluster : clusters) {
            CnpgResources.list(cluster.get("spec", "managed", "roles"))
                    .forEach(r -> roles.add((String) CnpgResources.map(r).get("name")));
        }
        return roles;
    }
}
