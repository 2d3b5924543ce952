package org.chuanyu.projects.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.events.Outbox;
import org.chuanyu.jurisdiction.scope.RecordScope;

import java.time.LocalDate;

/** The projects service's events (docs/notifications.md), written in the transaction of the change. */
@ApplicationScoped
public class ProjectEvents {

    /** A project moved to another stage of its lifecycle (or was suspended, resumed or cancelled). */
    public static final String STAGE_CHANGED = "cn.chuanyu.projects.project.stage-changed";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void stageChanged(String code, RecordScope scope, String from, String to, LocalDate on) {
        outbox.publish(STAGE_CHANGED, code, outbox.withScopes(outbox.data().put("code", code).put("from", from)
                .put("to", to).put("on", on.toString()).put("url", "/api/projects/" + code), scope));
    }
}
