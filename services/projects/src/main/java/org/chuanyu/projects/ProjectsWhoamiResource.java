package org.chuanyu.projects;

import jakarta.ws.rs.Path;
import org.chuanyu.jurisdiction.web.WhoamiEndpoint;

/** The caller as this service understands its token. */
@Path("/api/projects/whoami")
public class ProjectsWhoamiResource extends WhoamiEndpoint {
}
