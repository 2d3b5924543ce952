package org.chuanyu.parks.industry;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The industry vocabulary: reference data readable by every authenticated caller. */
@Path("/api/parks/industries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parks")
public class IndustryResource {

    @Schema(name = "Industry", example = "{\"code\":\"new-materials\",\"name\":\"新材料\",\"nameEn\":\"New materials\"}")
    public record IndustryView(String code, String name, String nameEn) {
    }

    @GET
    @Transactional
    @Operation(operationId = "listIndustries",
            summary = "Industry vocabulary", description = "Codes for parks' leading industries and projects' "
            + "industry chains, with Chinese and English names.")
    public List<IndustryView> list() {
        return Industry.<Industry>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(i -> new IndustryView(i.code, i.name, i.nameEn)).toList();
    }
}
