package org.chuanyu.policy;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.web.WhoamiEndpoint;

/** The caller as this service understands its token. */
@Path("/api/policies/whoami")
public class PoliciesWhoamiResource extends WhoamiEndpoint {
}
