package org.chuanyu.parks;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.web.WhoamiEndpoint;

/** The caller as this service understands its token. */
@Path("/api/parks/whoami")
public class ParksWhoamiResource extends WhoamiEndpoint {
}
