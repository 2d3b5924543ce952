package org.chuanyu.parks.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.problem.ProblemException;

import java.sql.SQLException;

/** Test-only endpoints that fail in each way a real endpoint can, to prove the shared mapping. */
@Path("/api/parks/problem-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Draft(@NotBlank String name, @Pattern(regexp = "\\d{6}", message = "must be a GB/T 2260 code") String district,
                        @Min(0) Integer enterprises) {
    }

    @POST
    public Draft echo(@Valid Draft draft) {
        return draft;
    }

    @GET
    @Path("conflict")
    public String conflict() {
        throw ProblemException.conflict("Stage cannot go backwards");
    }

    @GET
    @Path("crash")
    public String crash() {
        throw new IllegalStateException("relation \"secret_table\" does not exist at org.example.Internal");
    }

    @GET
    @Path("rls")
    public String rls() {
        throw new RuntimeException(new SQLException("new row violates row-level security policy for table \"park\"", "42501"));
    }
}
