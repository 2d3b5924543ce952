package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.catalogue.ItemCatalogue;
import org.chuanyu.commonhandling.catalogue.ItemVersionView;
import org.chuanyu.commonhandling.catalogue.VersionStatus;

import java.time.LocalDate;
import java.util.Optional;

/** Cases read the item catalogue through this adapter: the terms of approved versions only. */
@ApplicationScoped
public class CatalogueCaseItems implements CaseItems {

    @Inject
    ItemCatalogue catalogue;

    @Override
    public Optional<Terms> inForce(String itemCode, LocalDate on) {
        return catalogue.inForce(itemCode, on).map(CatalogueCaseItems::terms);
    }

    @Override
    public Optional<Terms> version(String itemCode, int version) {
        return catalogue.version(itemCode, version).filter(v -> v.status() == VersionStatus.APPROVED)
                .map(CatalogueCaseItems::terms);
    }

    private static Terms terms(ItemVersionView v) {
        return new Terms(v.code(), v.number(), v.acceptanceWorkingDays(), v.decisionWorkingDays());
    }
}
