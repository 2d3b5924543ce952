package org.chuanyu.notifications;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.web.WhoamiEndpoint;

/** The caller as this service understands its token. */
@Path("/api/notifications/whoami")
public class NotificationsWhoamiResource extends WhoamiEndpoint {
}
