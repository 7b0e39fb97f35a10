package haven.identity.web;

import haven.access.CurrentUser;
import haven.identity.Linkage;
import haven.identity.PersonsSplit;
import haven.platform.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Merges into a person and the split that undoes a wrong one, for those who decide review pairs. */
@RestController
@Tag(name = "Identity merges", description = "The merges that joined two persons, and splitting a wrong one: the "
        + "records it moved go back to the earlier person; nothing is deleted and the split is logged with who and why")
@PreAuthorize("hasAnyRole('HUB_WORKER', 'SOCIAL_WORK_MANAGER', 'POLICE_SUPERVISOR')")
class MergeApi {
    private final Linkage linkage;
    private final MergeHistory history;

    MergeApi(Linkage linkage, MergeHistory history) {
        this.linkage = linkage;
        this.history = history;
    }

    /** Why the merge is to be split. */
    record SplitRequest(@Schema(description = "Why these records are not the same person; kept in the decision log",
            requiredMode = Schema.RequiredMode.REQUIRED, example = "Different mothers are named on the two records")
                        String reason) {
    }

    /** A merge as the API shows it. */
    record Merge(long mergeId, long fromPersonId, long intoPersonId, List<Long> recordIds, String mergedBy,
                 Instant mergedAt, String decision, Long reviewId, Double matchProbability, Split split) {

        static Merge of(MergeView m) {
            return new Merge(m.id(), m.fromPersonId(), m.intoPersonId(), m.recordIds(), m.mergedBy(), m.mergedAt(),
                    m.decision(), m.reviewId(), m.probability(),
                    m.wasSplit() ? new Split(m.split().by(), m.split().at(), m.split().reason()) : null);
        }
    }

    /** Who split a merge, when and why. */
    record Split(String splitBy, Instant splitAt, String reason) {
    }

    /** The outcome of a split: the restored person now holds the records again. */
    record SplitDone(long mergeId, @Schema(description = "The earlier person, who has the moved records back")
                     long restoredPersonId,
                     @Schema(description = "The person the records were merged into, who keeps the rest")
                     long remainingPersonId, List<Long> restoredRecordIds, String splitBy, Instant splitAt,
                     String reason) {
    }

    @GetMapping("/api/v1/identity/persons/{personId}/merges")
    @Operation(summary = "Every merge into a person, newest first, with the decision that caused it and any split")
    @ApiResponse(responseCode = "200", description = "The merges")
    @ApiResponse(responseCode = "403", description = "The caller's role may not decide identity, or may not see this "
            + "person", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such person", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<Merge> merges(@PathVariable long personId) {
        history.mergedInto(personId); // not found when there is no such person
        linkage.openForIdentityWork(CurrentUser.get(), List.of(personId), "api",
                "checking the merges into a person (person " + personId + ")");
        return history.into(personId).stream().map(Merge::of).toList();
    }

    @PostMapping("/api/v1/identity/merges/{mergeId}/split")
    @Operation(summary = "Split a merge: the records it moved go back to the earlier person",
            description = "The caller must be allowed to see both persons (both views are logged). The split is "
                    + "logged as the caller's decision with the reason; the merge itself stays, marked as split.")
    @ApiResponse(responseCode = "200", description = "The persons are split")
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON (errors name the field)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No reason given (field reason), or the merge is already split "
            + "(field merge)", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The caller's role may not decide identity, or may not see one "
            + "of the persons", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such merge", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SplitDone split(@PathVariable long mergeId, @RequestBody(required = false) SplitRequest request) {
        PersonsSplit split = linkage.split(CurrentUser.get(), mergeId, request == null ? null : request.reason(), "api");
        MergeView merge = history.byId(split.mergeId()).orElseThrow(() -> new NotFound("No merge " + mergeId));
        return new SplitDone(merge.id(), split.restoredPersonId(), split.fromPersonId(), merge.recordIds(),
                merge.split().by(), merge.split().at(), merge.split().reason());
    }
}
