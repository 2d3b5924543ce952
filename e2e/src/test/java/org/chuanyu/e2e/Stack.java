package org.chuanyu.e2e;

import java.util.List;

/** Where the running stack is, as ./platform started it. */
final class Stack {

    static final String GATEWAY = System.getProperty("gateway.url", "http://127.0.0.1:8080");
    /** The gateway's management interface: its health and metrics, never published. */
    static final String GATEWAY_MANAGEMENT = System.getProperty("gateway.management.url", "http://127.0.0.1:9080");

    /**
     * name, direct base URL (the API port), management URL (health, metrics, OpenAPI under /q), whoami path as
     * served through the gateway
     */
    record Service(String name, String url, String management, String whoami) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("parks", "http://127.0.0.1:8081", "http://127.0.0.1:9081", "/api/parks/whoami"),
            new Service("projects", "http://127.0.0.1:8082", "http://127.0.0.1:9082", "/api/projects/whoami"),
            new Service("policy-coordination", "http://127.0.0.1:8083", "http://127.0.0.1:9083", "/api/policies/whoami"),
            new Service("common-handling", "http://127.0.0.1:8084", "http://127.0.0.1:9084", "/api/common-handling/whoami"),
            new Service("notifications", "http://127.0.0.1:8085", "http://127.0.0.1:9085", "/api/notifications/whoami"));

    private Stack() {
    }
}
