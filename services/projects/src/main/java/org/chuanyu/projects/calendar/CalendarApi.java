package org.chuanyu.projects.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.List;

/** The common-handling service's calendar, readable by any authenticated caller; URL under quarkus.rest-client.calendar. */
@RegisterRestClient(configKey = "calendar")
@Path("/api/common-handling/calendar")
@Produces(MediaType.APPLICATION_JSON)
public interface CalendarApi {

    @GET
    @Path("{year}")
    YearJson year(@PathParam("year") int year, @HeaderParam("Authorization") String authorization);

    /** Our own copy of the parts of common-handling's CalendarYearView we read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record YearJson(int year, boolean loaded, boolean provisional, List<HolidayJson> holidays,
                    List<LocalDate> makeUpWorkdays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HolidayJson(String name, List<LocalDate> days) {
    }
}
