package org.chuanyu.bench.drill;

import org.chuanyu.bench.Options;

import java.nio.file.Path;
import java.time.Duration;

/** What the drill client does: where, as whom, how fast, and when it gives a submission up. */
record DrillPlan(String runId, String gateway, String tokenCommand, Duration tokenRefresh, int ratePerSecond,
                 Duration maxRun, Path stopFile, Path progressFile, Duration requestTimeout, Duration giveUpAfter,
                 int workers, String itemCode, String acceptingDistrict, String handlingDistrict, Path out) {

    static DrillPlan from(Options o) {
        return new DrillPlan(
                o.get("run-id", Long.toString(System.currentTimeMillis() / 1000, 36)),
                o.get("gateway", "http://127.0.0.1:8080"),
                o.required("token-cmd"),
                Duration.ofSeconds(o.integer("token-refresh-seconds", 60)),
                o.integer("rate", 5),
                Duration.ofSeconds(o.integer("max-seconds", 900)),
                Path.of(o.required("stop-file")),
                Path.of(o.required("progress-file")),
                Duration.ofMillis(o.integer("timeout-ms", 5000)),
                Duration.ofSeconds(o.integer("give-up-seconds", 180)),
                o.integer("workers", 32),
                o.get("item", "yidi-jiuyi-beian"),
                o.get("accepting-district", "511623"),
                o.get("handling-district", "500112"),
                Path.of(o.required("out")));
    }

    String casesUrl() {
        return gateway + "/api/common-handling/cases";
    }
}
