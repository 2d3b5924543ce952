package org.chuanyu.gateway.limits;

import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.gateway.edge.Exchange;
import org.chuanyu.gateway.edge.GatewayProblem;
import org.chuanyu.gateway.routing.GatewayConfig;
import org.chuanyu.jurisdiction.problem.ProblemType;

/** The bucket per remote address for requests without a valid token; one for the whole gateway. */
@ApplicationScoped
public class UnauthenticatedLimit {

    private final RateLimiter limiter;

    UnauthenticatedLimit(GatewayConfig config) {
        this.limiter = new RateLimiter(config.unauthenticatedRateLimit().requests(),
                config.unauthenticatedRateLimit().period(), System::nanoTime);
    }

    /** Takes one request for the exchange's address; answers 429 and returns false when none is left. */
    public boolean admit(Exchange exchange, HttpServerResponse response) {
        RateDecision decision = limiter.take("address:" + exchange.clientAddress());
        exchange.rateDecision(decision);
        if (!decision.allowed()) {
            GatewayProblem.of(ProblemType.TOO_MANY_REQUESTS, "too many requests without a valid token from this "
                    + "address; retry after " + decision.retryAfterSeconds() + " s", exchange).send(response);
        }
        return decision.allowed();
    }

    public RateLimiter limiter() {
        return limiter;
    }
}
