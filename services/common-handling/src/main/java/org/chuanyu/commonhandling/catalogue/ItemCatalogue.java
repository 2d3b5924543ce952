package org.chuanyu.commonhandling.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.Versioned;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The common item catalogue as the rest of the service reads it. Cases call {@link #inForce} when
 * they start and keep the version number they got; {@link #version} gives that version back for
 * as long as the case runs, whatever versions come later.
 *
 * <p>The catalogue is reference data (readable by every caller, no row-level security); the
 * methods still run in a transaction, joining the caller's when there is one.
 */
@ApplicationScoped
public class ItemCatalogue {

    @Inject
    BusinessClock businessClock;

    /** The approved version of the item in force on a date (Asia/Shanghai): the latest effective on or before it. */
    @Transactional
    public Optional<ItemVersionView> inForce(String code, LocalDate on) {
        return ItemVersion.<ItemVersion>find("item = ?1 and status = ?2 and effectiveFrom <= ?3 "
                        + "order by effectiveFrom desc, number desc", code, VersionStatus.APPROVED, on)
                .firstResultOptional().map(ItemVersionView::of);
    }

    /**
     * A version of an item by its number, whatever its status (a case only ever refers to an
     * approved one; check {@link ItemVersionView#status()} when the number comes from elsewhere).
     */
    @Transactional
    public Optional<ItemVersionView> version(String code, int number) {
        return ItemVersion.<ItemVersion>find("item = ?1 and number = ?2", code, number)
                .firstResultOptional().map(ItemVersionView::of);
    }

    /** The versions in force on the filter's date, one per item, ordered by item code (keyset on the code). */
    @Transactional
    public Page<ItemVersionView> list(ItemFilter filter, PageRequest request) {
        // A version is in force when it is approved, effective by the date, and no later approved
        // version of the same item is effective by then too.
        ListQuery<ItemVersion> versions = ListQuery.of(ItemVersion.class, "v")
                .and("v.status = :approved and v.effectiveFrom <= :on"
                        + " and not exists (select 1 from ItemVersion w where w.item = v.item and w.status = :approved"
                        + " and w.effectiveFrom <= :on and (w.effectiveFrom > v.effectiveFrom"
                        + " or (w.effectiveFrom = v.effectiveFrom and w.number > v.number)))")
                .with("approved", VersionStatus.APPROVED).with("on", filter.on())
                .and("v.mode = :mode", "mode", filter.mode())
                .and("v.batch = :batch", "batch", filter.batch());
        if (filter.q() != null) {
            versions.and("(lower(v.item) like :q escape '\\' or lower(v.name) like :q escape '\\'"
                    + " or lower(v.nameEn) like :q escape '\\')", "q", "%" + ListQuery.escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        return versions.ascending(ItemVersion.getEntityManager(), request, ListQuery.Key.text("v.item", v -> v.item))
                .map(ItemVersionView::of);
    }

    /**
     * Versions of every item, whatever they are in force, newest proposal first (keyset on the version's id),
     * optionally in one status: the versions waiting for the provinces' approval are {@code PENDING}.
     */
    @Transactional
    public Page<ItemVersionView> versions(VersionStatus status, PageRequest request) {
        return ListQuery.of(ItemVersion.class, "v").and("v.status = :status", "status", status)
                .descending(ItemVersion.getEntityManager(), request, ListQuery.Key.number("v.id", v -> v.id))
                .map(ItemVersionView::of);
    }

    /** The item with its version in force today and every version; 404 when there is no such item. */
    @Transactional
    public Versioned<ItemView> get(String code) {
        CatalogueItem item = CatalogueItem.findById(code);
        if (item == null) {
            throw ProblemException.notFound("Item " + code);
        }
        List<ItemVersionView> versions = ItemVersion.<ItemVersion>list("item = ?1 order by number", code).stream()
                .map(ItemVersionView::of).toList();
        LocalDate today = businessClock.today();
        ItemVersionView inForce = versions.stream()
                .filter(v -> v.effectiveOn(today))
                .reduce((a, b) -> b.effectiveFrom().isBefore(a.effectiveFrom()) ? a : b)
                .orElse(null);
        Integer pending = versions.stream().filter(v -> v.status() == VersionStatus.PENDING)
                .map(ItemVersionView::number).findFirst().orElse(null);
        return new Versioned<>(new ItemView(code, inForce, pending, versions), item.revision);
    }

    /** One version of an item for the API; 404 when the item or the version does not exist. */
    @Transactional
    public ItemVersionView requireVersion(String code, int number) {
        return version(code, number).orElseThrow(() -> ProblemException.notFound("Version " + number + " of item " + code));
    }
}
