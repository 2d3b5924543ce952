package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.catalogue.ItemCatalogue;
import org.chuanyu.commonhandling.catalogue.ItemVersionView;
import org.chuanyu.commonhandling.catalogue.StepLimits;
import org.chuanyu.commonhandling.catalogue.VersionStatus;

import java.time.LocalDate;
import java.util.Optional;

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

    @Override
    public Optional<Terms> version(String itemCode, int version) {
        return catalogue.version(itemCode, version).filter(v -> v.status() == VersionStatus.APPROVED)
                .map(this::terms);
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
