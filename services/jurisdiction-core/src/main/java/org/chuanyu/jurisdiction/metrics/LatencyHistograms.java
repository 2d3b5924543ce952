package org.chuanyu.jurisdiction.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Request latency as a histogram whose buckets sit at the latency targets of docs/benchmarks.md (20 ms for a clerk's
 * queue, 50 ms for a case submission, 100 ms and 200 ms for statistics, and wider ones to see how far a miss went), so
 * that an alert on p99 over its target reads a bucket boundary rather than an estimate between two far-apart ones.
 * Every service and the gateway get it through the library (docs/operations.md, "Meters").
 */
@Singleton
public class LatencyHistograms {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    @ConfigProperty(name = "platform.metrics.latency-buckets")
    List<Duration> buckets;

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        double[] nanos = buckets.stream().mapToDouble(Duration::toNanos).sorted().toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
