package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.catalogue.ItemCatalogue;
import org.chuanyu.commonhandling.catalogue.ItemVersionView;
import org.chuanyu.commonhandling.catalogue.StepLimits;
import org.chuanyu.commonhandling.catalogue.VersionStatus;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Cases read the item catalogue through this adapter: the terms of approved versions only. */
@ApplicationScoped
public class CatalogueCaseItems implements CaseItems {

    @Inject
    ItemCatalogue catalogue;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "common-handling.delivery.working-days")
    int deliveryDays;

    @Override
    public Optional<Terms> inForce(String itemCode, LocalDate on) {
        return catalogue.inForce(itemCode, on).map(this::terms);
    }

    /** Approved versions by item and number: an approved version is never edited, so what was read stays true. */
    private final Map<String, Terms> approved = new ConcurrentHashMap<>();

    @Override
    public Optional<Terms> version(String itemCode, int version) {
        String key = itemCode + '#' + version;
        Terms known = approved.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Terms> read = catalogue.version(itemCode, version).filter(v -> v.status() == VersionStatus.APPROVED)
                .map(this::terms);
        read.ifPresent(t -> approved.put(key, t));
        return read;
    }

    private Terms terms(ItemVersionView v) {
        StepLimits steps = v.stepLimits();
        return new Terms(v.code(), v.number(), v.acceptanceWorkingDays(), v.decisionWorkingDays(),
                orElse(steps.intake(), v.acceptanceWorkingDays()), orElse(steps.decision(), v.decisionWorkingDays()),
                orElse(steps.delivery(), deliveryDays));
    }

    private static int orElse(Integer promised, int statutory) {
        return promised == null ? statutory : promised;
    }
}
