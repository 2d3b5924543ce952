package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.chuanyu.k8s.check.CnpgResources.list;
import static org.chuanyu.k8s.check.CnpgResources.map;

/**
 * 等保 level 3 asks for backup and a tested restore (docs/operations.md). Production's Cluster archives its WAL and
 * is backed up every night through the Barman Cloud plugin to an ObjectStore whose bucket and endpoint come from the
 * overlay's ConfigMap and whose credentials come from a Secret the deploy guide names; archive_timeout bounds the
 * recovery point to at most a minute; backups are kept by a retention policy. The prod-restore overlay bootstraps
 * the Cluster from those backups and archives under a server name of its own.
 */
class TheProductionDatabaseIsBackedUpAndCanBeRestored {

    static final String PLUGIN = "barman-cloud.cloudnative-pg.io";
    static final Duration MOST_ARCHIVE_TIMEOUT = Duration.ofSeconds(60);
    static final Pattern RETENTION = Pattern.compile("[1-9][0-9]*[dwm]");
    static final Pattern SECONDS = Pattern.compile("([0-9]+)(s|min)");

    @Test
    void productionArchivesAndBacksUpToTheConfiguredObjectStore() throws IOException {
        Render prod = Renders.overlay("prod");
        var violations = new Violations(prod);
        Set<String> stores = names(prod.custom("ObjectStore"));
        Set<String> clusters = names(prod.custom("Cluster"));
        for (GenericKubernetesResource cluster : prod.custom("Cluster")) {
            Optional<Map<String, Object>> archiver = archiver(cluster);
            violations.check(archiver.isPresent(), "Cluster " + cluster.getMetadata().getName() + " has no WAL archiver plugin " + PLUGIN);
            archiver.ifPresent(p -> violations.check(stores.contains(map(p.get("parameters")).get("barmanObjectName")),
                    "the archiver's barmanObjectName " + map(p.get("parameters")).get("barmanObjectName") + " is no ObjectStore of the render"));
            violations.check(cluster.get("spec", "backup") == null, "Cluster " + cluster.getMetadata().getName()
                    + " uses the deprecated in-tree spec.backup; backups go through the plugin");
            Object timeout = cluster.get("spec", "postgresql", "parameters", "archive_timeout");
            Matcher m = SECONDS.matcher(String.valueOf(timeout));
            violations.check(m.matches() && (m.group(2).equals("s") ? Duration.ofSeconds(Long.parseLong(m.group(1)))
                    : Duration.ofMinutes(Long.parseLong(m.group(1)))).compareTo(MOST_ARCHIVE_TIMEOUT) <= 0,
                    "archive_timeout " + timeout + " does not bound the recovery point to a minute");
        }
        Map<String, String> config = prod.all(ConfigMap.class).stream()
                .filter(c -> "backup-object-store".equals(c.getMetadata().getName())).findFirst()
                .map(ConfigMap::getData).orElse(Map.of());
        String guide = Files.readString(Renders.repository().resolve("docs/deploy.md"));
        for (GenericKubernetesResource store : prod.custom("ObjectStore")) {
            CnpgResources.checkObjectStore(store, violations);
            String name = "ObjectStore " + store.getMetadata().getName();
            Map<String, Object> configuration = map(store.get("spec", "configuration"));
            violations.check(RETENTION.matcher(String.valueOf((Object) store.get("spec", "retentionPolicy"))).matches(),
                    name + ": no retention policy (e.g. 30d)");
            violations.check(configuration.get("destinationPath") instanceof String p && p.startsWith("s3://")
                    && p.equals(config.get("DESTINATION_PATH")), name + ": destinationPath is not the ConfigMap's DESTINATION_PATH");
            violations.check(configuration.get("endpointURL") instanceof String u && u.startsWith("https://")
                    && u.equals(config.get("ENDPOINT_URL")), name + ": endpointURL is not the ConfigMap's https ENDPOINT_URL");
            for (String credential : List.of("accessKeyId", "secretAccessKey")) {
                Map<String, Object> ref = map(map(configuration.get("s3Credentials")).get(credential));
                violations.check(ref.get("name") instanceof String && ref.get("key") instanceof String,
                        name + ": s3Credentials." + credential + " is not a Secret reference");
                violations.check(guide.contains("`" + ref.get("name") + "`") && guide.contains("`" + ref.get("key") + "`"),
                        "docs/deploy.md does not name the Secret `" + ref.get("name") + "` and its key `" + ref.get("key") + "`");
            }
        }
        var backups = prod.custom("ScheduledBackup");
        violations.check(!backups.isEmpty(), "no ScheduledBackup");
        for (GenericKubernetesResource backup : backups) {
            CnpgResources.checkScheduledBackup(backup, clusters, violations);
            violations.check("plugin".equals(backup.get("spec", "method")) && PLUGIN.equals(backup.get("spec", "pluginConfiguration", "name")),
                    "ScheduledBackup " + backup.getMetadata().getName() + " does not back up through " + PLUGIN);
        }
        violations.assertNone("a production database without the backups a restore needs");
    }

    @Test
    void theRestoreOverlayRecoversFromTheBackupsAndArchivesApart() {
        Render restore = Renders.overlay("prod-restore");
        Render prod = Renders.overlay("prod");
        var violations = new Violations(restore);
        Set<String> stores = names(restore.custom("ObjectStore"));
        String origin = prod.custom("Cluster").get(0).getMetadata().getName();
        for (GenericKubernetesResource cluster : restore.custom("Cluster")) {
            CnpgResources.checkCluster(cluster, violations);
            Object source = cluster.get("spec", "bootstrap", "recovery", "source");
            violations.check(source != null, "the Cluster does not bootstrap by recovery");
            Map<String, Object> external = list(cluster.get("spec", "externalClusters")).stream().map(CnpgResources::map)
                    .filter(e -> e.get("name").equals(source)).findFirst().orElse(Map.of());
            Map<String, Object> from = map(map(external.get("plugin")).get("parameters"));
            violations.check(PLUGIN.equals(map(external.get("plugin")).get("name")) && stores.contains(from.get("barmanObjectName")),
                    "recovery source " + source + " is not an external cluster read through " + PLUGIN + " from an ObjectStore");
            violations.check(origin.equals(from.get("serverName")), "recovery reads server name " + from.get("serverName")
                    + ", not the production Cluster's " + origin);
            Object archivesAs = archiver(cluster).map(p -> map(p.get("parameters")).get("serverName")).orElse(null);
            violations.check(archivesAs != null && !archivesAs.equals(from.get("serverName")),
                    "the restored Cluster archives as " + archivesAs + ", over the history it recovers from");
        }
        violations.assertNone("a restore overlay that cannot bring the database back");
    }

    private static Optional<Map<String, Object>> archiver(GenericKubernetesResource cluster) {
        return list(cluster.get("spec", "plugins")).stream().map(CnpgResources::map)
                .filter(p -> PLUGIN.equals(p.get("name")) && Boolean.TRUE.equals(p.get("isWALArchiver"))).findFirst();
    }

    private static Set<String> names(List<GenericKubernetesResource> resources) {
        return resources.stream().map(r -> r.getMetadata().getName()).collect(Collectors.toSet());
    }
}
