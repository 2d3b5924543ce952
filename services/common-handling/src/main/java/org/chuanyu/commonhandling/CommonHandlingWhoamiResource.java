package org.chuanyu.commonhandling;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.web.WhoamiEndpoint;

/** The caller as this service understands its token. */
@Path("/api/common-handling/whoami")
public class CommonHandlingWhoamiResource extends WhoamiEndpoint {
}
