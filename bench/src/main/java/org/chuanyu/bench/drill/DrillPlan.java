package org.chuanyu.bench.drill;

import org.chuanyu.bench.load.Args;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** What the drill client does: where, as whom, how fast, and when it gives a submission up. */
record DrillPlan(String runId, String gateway, String tokenCommand, Duration tokenRefresh, int ratePerSecond,
                 Duration maxRun, Path stopFile, Path progressFile, Duration requestTimeout, Duration giveUpAfter,
                 int workers, String itemCode, String acceptingDistrict, String handlingDistrict, Path out) {

    static final Set<String> OPTIONS = Set.of("run-id", "gateway", "token-cmd", "token-refresh-seconds", "rate",
            "max-seconds", "stop-file", "progress-file", "timeout-ms", "give-up-seconds", "workers", "item",
            "accepting-district", "handling-district", "out");

    static DrillPlan from(String[] args) {
        Args o = Args.parse(args, OPTIONS, Set.of());
        return new DrillPlan(
                o.value("run-id").orElse(Long.toString(System.currentTimeMillis() / 1000, 36)),
                o.value("gateway").orElse("http://127.0.0.1:8080"),
                o.required("token-cmd"),
                Duration.ofSeconds(o.intValue("token-refresh-seconds", 60)),
                o.intValue("rate", 5),
                Duration.ofSeconds(o.intValue("max-seconds", 900)),
                Path.of(o.required("stop-file")),
                Path.of(o.required("progress-file")),
                Duration.ofMillis(o.intValue("timeout-ms", 5000)),
                Duration.ofSeconds(o.intValue("give-up-seconds", 180)),
                o.intValue("workers", 32),
                o.value("item").orElse("yidi-jiuyi-beian"),
                o.value("accepting-district").orElse("511623"),
                o.value("handling-district").orElse("500112"),
                Path.of(o.required("out")));
    }

    String casesUrl() {
        return gateway + "/api/common-handling/cases";
    }
}
