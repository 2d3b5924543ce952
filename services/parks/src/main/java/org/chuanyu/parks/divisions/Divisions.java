package org.chuanyu.parks.divisions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The registry as the rest of the parks service asks it: is this a division, and what was it on a
 * date? (A park's district must be a division valid when the park is recorded.)
 */
@ApplicationScoped
public class Divisions {

    @Inject
    DivisionRegistry registry;

    /** The division as it was on {@code asOf}; empty for an unknown code or one not valid then. */
    @Transactional
    public Optional<DivisionView> find(String code, LocalDate asOf) {
        if (!DivisionCodes.isWellFormed(code)) {
            return Optional.empty();
        }
        return registry.periodOn(code, asOf).map(p -> DivisionView.of(p, registry.successorsOf(p)));
    }

    @Transactional
    public boolean isValid(String code, LocalDate asOf) {
        return DivisionCodes.isWellFormed(code) && registry.periodOn(code, asOf).isPresent();
    }
}
