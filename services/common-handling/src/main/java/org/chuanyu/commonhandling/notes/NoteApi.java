package org.chuanyu.commonhandling.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The case notes API's shapes. */
public final class NoteApi {

    private NoteApi() {
    }

    @Schema(name = "CaseNoteRequest", description = "A note for both sides' staff; never shown to an external system",
            example = "{\"text\":\"申请人电话告知：补充材料将于下周一寄出。\"}")
    public record NewNote(
            @Schema(description = "The note, 1 to 2,000 characters") @NotBlank @Size(max = NoteDesk.MAX_LENGTH) String text) {
    }

    @Schema(name = "CaseNote", description = "A staff note on a case, as written (notes are never changed)",
            example = "{\"id\":42,\"at\":\"2026-11-20T10:15:00+08:00\",\"author\":\"yubei-clerk\",\"realm\":\"chongqing\","
                    + "\"role\":\"district-clerk\",\"text\":\"申请人电话告知：补充材料将于下周一寄出。\"}")
    public record Note(
            @Schema(description = "Its id; notes of a case are listed in this order") long id,
            @Schema(description = "When it was written") Instant at,
            @Schema(description = "Who wrote it: a user name of the realm below") String author,
            @Schema(description = "The author's realm", enumeration = {"sichuan", "chongqing"}) String realm,
            @Schema(description = "The author's roles, comma-separated", example = "district-clerk") String role,
            String text) {
    }
}
