package org.chuanyu.projects;

import io.quarkus.test.common.QuarkusTestResource;

/** Starts the parks and calendar stand-in once for every test of the module (one application, one stand-in). */
@QuarkusTestResource(ParksAndCalendarStandIn.class)
public class StandInRegistration {
}
