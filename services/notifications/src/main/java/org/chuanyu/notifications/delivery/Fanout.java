package org.chuanyu.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.notifications.audience.EventAudience;
import org.chuanyu.jurisdiction.directory.AccountDirectory;
import org.chuanyu.notifications.subscriptions.Subscription;
import org.chuanyu.notifications.events.StoredEvent;

import java.time.Instant;
import java.util.List;

/**
 * Makes one delivery of an event for each active subscription that asks for its type, whose filter it passes and
 * whose owner may read its record now (checked again before each attempt). An owner who may not read the record gets
 * no delivery at all, so its delivery list never shows that such a record exists.
 */
@ApplicationScoped
public class Fanout {

    @Inject
    AccountDirectory directory;
    @Inject
    JointZones zones;

    /** Throws {@link AccountDirectory.DirectoryUnavailable} when Keycloak cannot say who may read (nothing made). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deliveriesOf(StoredEvent event, Instant now) {
        @SuppressWarnings("unchecked")
        List<Subscription> asking = Subscription.getEntityManager().createNativeQuery(
                        "select * from subscription where status = 'ACTIVE' and ?1 = any(event_types)", Subscription.class)
                .setParameter(1, event.type).getResultList();
        int made = 0;
        for (Subscription s : asking) {
            if (!s.filter().matches(event.type, event.data)) {
                continue;
            }
            boolean readable = directory.lookUp(s.owner()).map(c -> EventAudience.mayRead(c, zones, event.data))
                    .orElse(false);
            if (readable) {
                Delivery.of(s.id, event.seq, event.subject, now).persist();
                made++;
            }
        }
        return made;
    }
}
