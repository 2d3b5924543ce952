package org.chuanyu.projects.park;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the parks feed has been read to its end once since start: a projects service that was down
 * must not answer with scopes its parks no longer have. Later outages of parks do not take readiness away (the
 * service keeps serving; writes are checked against parks itself).
 */
@Readiness
@ApplicationScoped
public class ParkMovesReadiness implements HealthCheck {

    @Inject
    ParkMoveFollower follower;
    @Inject
    ParkMovesConfig config;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("park-moves");
        if (!config.enabled()) {
            return answer.up().withData("following", false).build();
        }
        if (follower.caughtUpAt() != null) {
            return answer.up().withData("caughtUpAt", follower.caughtUpAt().toString()).build();
        }
        return answer.down().withData("reason", follower.lastProblem() == null ? "catching up with the parks feed"
                : follower.lastProblem()).build();
    }
}
