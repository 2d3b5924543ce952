package org.chuanyu.notifications.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.notifications.Receiver;
import org.chuanyu.notifications.events.StoredEvent;
import org.chuanyu.notifications.subscriptions.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events to subscriptions and on to a real receiver: who gets a delivery, the signature, retries, order per subject,
 * suspension, redelivery and replay. Events are fed in by hand (intake is off in this profile); the owners' rights
 * come from the real Keycloak through the account directory.
 */
@QuarkusTest
class DeliveriesTest {

    static final String PATH = "/api/notifications/subscriptions";
    static final String STATUS_CHANGED = "cn.chuanyu.common-handling.case.status-changed";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong CASES = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject
    Fanout fanout;
    @Inject
    DeliveryWorker worker;

    private Receiver receiver;

    @BeforeEach
    void receive() {
        receiver = new Receiver();
    }

    @AfterEach
    void forget() {
        receiver.close();
        QuarkusTransaction.requiringNew().run(() -> Subscription.deleteAll());
    }

    private String subscribe(String account, String path) {
        return as(account).body(Map.of("callbackUrl", receiver.url(path), "eventTypes", List.of(STATUS_CHANGED)))
                .post(PATH).then().statusCode(201).extract().path("secret");
    }

    private String idOf(String account) {
        return as(account).get(PATH).then().statusCode(200).extract().path("[0].id");
    }

    /** A case of 邻水 handled in 渝北, filed by the given system (null: at a window). */
    private static String caseData(String number, String submitter, String to) {
        return "{\"number\":\"" + number + "\",\"itemCode\":\"511000-001\",\"channel\":\"EXTERNAL_SYSTEM\","
                + "\"submitter\":" + (submitter == null ? "null" : "\"" + submitter + "\"") + ",\"url\":\"/api/common-handling/cases/"
                + number + "\",\"action\":\"ACCEPT\",\"from\":\"SUBMITTED\",\"to\":\"" + to + "\",\"scopes\":["
                + "{\"province\":\"sichuan\",\"district\":\"511623\",\"zone\":\"gaozhu\"},"
                + "{\"province\":\"chongqing\",\"district\":\"500112\",\"zone\":null}]}";
    }

    private int take(String subject, String data) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredEvent e = new StoredEvent();
            e.id = UUID.randomUUID();
            e.source = "/api/common-handling";
            e.type = STATUS_CHANGED;
            e.subject = subject;
            e.time = Instant.now().truncatedTo(ChronoUnit.MICROS);
            e.receivedAt = e.time;
            e.data = JSON.readTree(data);
            e.persistAndFlush();
            return fanout.deliveriesOf(e, Instant.now());
        });
    }

    private static String number() {
        return String.format("CY-51-2026-%08d", CASES.incrementAndGet());
    }

    private void dueNow() {
        QuarkusTransaction.requiringNew().run(() -> Delivery.update("nextAttemptAt = ?1", Instant.now().minusSeconds(1)));
    }

    @Test
    void anExternalSystemIsToldOfItsOwnCasesOnlySignedAsStandardWebhooksSays() throws Exception {
        String tianfu = subscribe("tianfu-tongban", "/tianfu");
        subscribe("yukuaiban", "/yukuaiban");
        String own = number();
        assertEquals(1, take(own, caseData(own, "tianfu-tongban", "ACCEPTED")), "tianfu-tongban filed it");
        String other = number();
        assertEquals(0, take(other, caseData(other, null, "ACCEPTED")), "filed at a window: no external system's");

        worker.sendDue();
        List<Receiver.Arrival> arrived = receiver.arrivals();
        assertEquals(1, arrived.size(), "one delivery: " + arrived);
        Receiver.Arrival a = arrived.get(0);
        assertEquals("/tianfu", a.path());
        assertEquals("application/cloudevents+json", a.header("Content-Type"));
        long now = Instant.now().getEpochSecond();
        assertTrue(ReceiverGuide.verify(tianfu, a.header("webhook-id"), a.header("webhook-timestamp"), a.body(),
                a.header("webhook-signature"), now), "the receiver's guide verifies it");
        JsonNode event = JSON.readTree(a.body());
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals(a.header("webhook-id"), event.path("id").asText());
        assertEquals(own, event.path("subject").asText());
        assertEquals("ACCEPTED", event.path("data").path("to").asText());
        as("tianfu-tongban").get(PATH + "/" + idOf("tianfu-tongban") + "/deliveries?status=delivered").then()
                .statusCode(200).body("items.subject", hasItem(own)).body("items[0].lastStatus", is(204));
        as("yukuaiban").get(PATH + "/" + idOf("yukuaiban") + "/deliveries").then().statusCode(200)
                .body("items.size()", is(0));
    }

    @Test
    void administratorsAreToldOfWhatTheirProvinceMayReadAndNothingElse() {
        subscribe("sc-admin", "/sc");
        subscribe("cq-admin", "/cq");
        subscribe("joint-office-cq", "/joint");
        String shared = number();
        assertEquals(3, take(shared, caseData(shared, null, "ACCEPTED")), "a case of both provinces");
        String sichuanOnly = number();
        String data = "{\"number\":\"" + sichuanOnly + "\",\"itemCode\":\"511000-001\",\"to\":\"ACCEPTED\","
                + "\"scopes\":[{\"province\":\"sichuan\",\"district\":\"511083\",\"zone\":null}]}";
        assertEquals(2, take(sichuanOnly, data), "sc-admin and the cross-province-admin, not cq-admin");
    }

    @Test
    void aFailedDeliveryIsRetriedAndHoldsBackTheLaterEventsOfItsSubjectSoTheyArriveInOrder() {
        subscribe("tianfu-tongban", "/ordered");
        String number = number();
        take(number, caseData(number, "tianfu-tongban", "ACCEPTED"));
        take(number, caseData(number, "tianfu-tongban", "UNDER_REVIEW"));
        receiver.answer(503);
        worker.sendDue();
        assertEquals(1, receiver.arrivals().size(), "only the first event is tried while it is open");
        String subscription = idOf("tianfu-tongban");
        as("tianfu-tongban").get(PATH + "/" + subscription + "/deliveries?status=failed").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].lastStatus", is(503)).body("items[0].attempts", is(1));
        worker.sendDue();
        assertEquals(1, receiver.arrivals().size(), "its retry is not due yet, and the second waits behind it");

        receiver.answer(200);
        dueNow();
        worker.sendDue();
        worker.sendDue();
        List<String> order = receiver.arrivals().stream().map(a -> a.body().contains("UNDER_REVIEW") ? "second" : "first")
                .toList();
        assertEquals(List.of("first", "first", "second"), order);
        as("tianfu-tongban").get(PATH + "/" + subscription + "/deliveries?status=delivered").then().statusCode(200)
                .body("items.size()", is(2));
    }

    @Test
    void aReceiverThatAnswersGoneSuspendsItsSubscriptionWithTheReasonShown() {
        subscribe("yukuaiban", "/gone");
        receiver.answer(410);
        String number = number();
        String data = caseData(number, "yukuaiban", "ACCEPTED").replace("511623", "511623")
                .replace("{\"province\":\"chongqing\",\"district\":\"500112\",\"zone\":null}",
                        "{\"province\":\"chongqing\",\"district\":\"500153\",\"zone\":null}");
        assertEquals(1, take(number, data));
        worker.sendDue();
        String id = idOf("yukuaiban");
        as("yukuaiban").get(PATH + "/" + id).then().statusCode(200).body("status", is("SUSPENDED"))
                .body("suspendedReason", is(DeliveryWorker.GONE));
        String later = number();
        assertEquals(0, take(later, data.replace(number, later)), "a suspended subscription gets nothing new");
        as("yukuaiban").post(PATH + "/" + id + "/resume").then().statusCode(200).body("status", is("ACTIVE"));
    }

    @Test
    void aDeliveryIsRedeliveredWithTheSameIdAndAReplaySendsAgainWhatTheOwnerMayRead() {
        subscribe("tianfu-tongban", "/again");
        String number = number();
        take(number, caseData(number, "tianfu-tongban", "ACCEPTED"));
        worker.sendDue();
        String subscription = idOf("tianfu-tongban");
        String delivery = as("tianfu-tongban").get(PATH + "/" + subscription + "/deliveries").then().statusCode(200)
                .extract().path("items[0].id");
        as("tianfu-tongban").post("/api/notifications/deliveries/" + delivery + "/redeliver").then().statusCode(202)
                .body("status", is("PENDING"));
        as("yukuaiban").post("/api/notifications/deliveries/" + delivery + "/redeliver").then().statusCode(404);
        worker.sendDue();
        List<Receiver.Arrival> arrived = receiver.arrivals();
        assertEquals(2, arrived.size());
        assertEquals(arrived.get(0).header("webhook-id"), arrived.get(1).header("webhook-id"));

        as("tianfu-tongban").post(PATH + "/" + subscription + "/replay?since=" + Instant.now().minusSeconds(60))
                .then().statusCode(202).body("replayed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        worker.sendDue();
        assertTrue(receiver.arrivals().size() >= 3);
        as("tianfu-tongban").post(PATH + "/" + subscription + "/replay?since=yesterday").then().statusCode(400);
        as("tianfu-tongban").post(PATH + "/" + subscription + "/replay").then().statusCode(400);
    }
}
