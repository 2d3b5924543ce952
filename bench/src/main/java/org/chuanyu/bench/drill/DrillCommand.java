package org.chuanyu.bench.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.chuanyu.bench.load.TokenSource;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code bench.jar drill}: the external-system client of the fault drill. It files cases until ./platform drill
 * touches the stop file, lets every submission finish, checks what the platform kept, and writes the counts as JSON.
 * Exit code 1 when anything acknowledged was lost, duplicated, refused, given up, or its timeline does not verify.
 */
public final class DrillCommand {

    private DrillCommand() {
    }

    public static int run(String[] args) throws Exception {
        DrillPlan plan = DrillPlan.from(args);
        // Fails before the first submission when there is no token at all.
        TokenSource tokens = TokenSource.start(plan.tokenCommand(), plan.tokenRefresh());
        Instant started = Instant.now();
        Submitter submitter = new Submitter(plan, tokens);
        List<Outcome> outcomes = submitter.run();
        Instant ended = Instant.now();
        tokens.close();

        // A fresh token for the check: Keycloak is back by now, and the check must not depend on the old one.
        Verifier.Findings f = new Verifier(plan, TokenSource.fetch(plan.tokenCommand())).check(outcomes);

        long acknowledged = outcomes.stream().filter(Outcome::acknowledged).count();
        long refused = outcomes.stream().filter(o -> o.refusedWith() != null).count();
        long gaveUp = outcomes.stream().filter(Outcome::gaveUp).count();
        Map<String, Object> report = new java.util.LinkedHashMap<>();
        report.put("runId", plan.runId());
        report.put("started", started.toString());
        report.put("ended", ended.toString());
        report.put("ratePerSecond", plan.ratePerSecond());
        report.put("sent", outcomes.size());
        report.put("attempts", outcomes.stream().mapToInt(Outcome::attempts).sum());
        report.put("acknowledged", acknowledged);
        report.put("retried", outcomes.stream().filter(Outcome::retried).count());
        report.put("maxAttempts", outcomes.stream().mapToInt(Outcome::attempts).max().orElse(0));
        report.put("refused", refused);
        report.put("gaveUp", gaveUp);
        report.put("found", f.found());
        report.put("lost", f.lost());
        // When each lost case had been acknowledged (epoch ms): the restore drill's recovery point is the oldest.
        report.put("lostAcknowledgedAtMillis", f.lostAcknowledgedAtMillis());
        report.put("duplicated", f.duplicated());
        report.put("foundWithoutAcknowledgement", f.foundWithoutAcknowledgement());
        report.put("timelinesVerified", f.timelinesVerified());
        report.put("timelinesBroken", f.timelinesBroken());
        report.put("attemptResults", submitter.attemptResults());
        report.put("failedTokenRefreshes", submitter.failedTokenRefreshes());
        report.put("problems", f.problems());
        // What the webhook check (bench.jar webhooks) expects an event of, one per acknowledged case.
        report.put("acknowledgedNumbers", outcomes.stream().filter(Outcome::acknowledged).map(Outcome::caseNumber).toList());
        report.put("acknowledgedAtMillis", outcomes.stream().filter(Outcome::acknowledged).map(Outcome::acknowledgedAtMillis).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Files.newOutputStream(plan.out()), report);

        System.out.printf("drill: sent %d, acknowledged %d, retried %d, found %d, lost %d, duplicated %d, "
                        + "refused %d, gave up %d, timelines verified %d of %d%n",
                outcomes.size(), acknowledged, report.get("retried"), f.found(), f.lost(), f.duplicated(), refused, gaveUp,
                f.timelinesVerified(), f.timelinesVerified() + f.timelinesBroken());
        f.problems().forEach(p -> System.out.println("drill: " + p));
        boolean clean = f.lost() == 0 && f.duplicated() == 0 && f.timelinesBroken() == 0 && refused == 0 && gaveUp == 0
                && acknowledged == outcomes.size();
        return clean ? 0 : 1;
    }
}
