package haven.meetings.web;

import haven.access.CurrentUser;
import haven.meetings.AddAction;
import haven.meetings.ConveneDiscussion;
import haven.meetings.DelayReason;
import haven.meetings.DiscussionView;
import haven.meetings.Invite;
import haven.meetings.Meetings;
import haven.meetings.RecordDiscussion;
import haven.meetings.ReviewDecision;
import haven.meetings.ReviewView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The meetings API: convene from any record, invite, record, actions, conference, the review queue, delays. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApi {
    private final Meetings meetings;

    MeetingApi(Meetings meetings) {
        this.meetings = meetings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DiscussionView convene(@RequestBody ConveneDiscussion c) {
        return meetings.discussion(meetings.convene(c, CurrentUser.get()));
    }

    @GetMapping("/{id}")
    DiscussionView get(@PathVariable long id) {
        return meetings.discussion(id);
    }

    @PostMapping("/{id}/invitees")
    @ResponseStatus(HttpStatus.CREATED)
    DiscussionView invite(@PathVariable long id, @RequestBody Invite i) {
        meetings.invite(id, i, CurrentUser.get());
        return meetings.discussion(id);
    }

    @PostMapping("/{id}/record")
    Map<String, Object> record(@PathVariable long id, @RequestBody RecordDiscussion r) {
        var review = meetings.record(id, r, CurrentUser.get());
        return Map.of("discussion", meetings.discussion(id), "supervisorReviewId", review.map(Object.class::cast).orElse("none"));
    }

    @PostMapping("/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    DiscussionView addAction(@PathVariable long id, @RequestBody AddAction a) {
        meetings.addAction(id, a, CurrentUser.get());
        return meetings.discussion(id);
    }

    /** The body's {@code reasonForDelay} is needed when the action is past its due day. */
    @PostMapping("/actions/{actionId}/done")
    Map<String, String> actionDone(@PathVariable long actionId, @RequestBody(required = false) Map<String, String> body) {
        meetings.completeAction(actionId, body == null ? null : body.get("reasonForDelay"), CurrentUser.get());
        return Map.of("status", "done");
    }

    /** Records the initial conference (CP-05): {@code heldAt} (ISO instant) and, when late, {@code reasonForDelay}. */
    @PostMapping("/{id}/conference")
    DiscussionView conference(@PathVariable long id, @RequestBody Map<String, String> body) {
        Instant heldAt;
        try {
            heldAt = body.get("heldAt") == null ? null : Instant.parse(body.get("heldAt"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new haven.platform.web.InvalidInput("heldAt", "Give heldAt as an ISO instant, like 2026-11-30T14:30:00Z");
        }
        meetings.recordConference(id, heldAt, body.get("reasonForDelay"), CurrentUser.get());
        return meetings.discussion(id);
    }

    @GetMapping("/reviews")
    List<ReviewView> reviews() {
        return meetings.reviewQueue(CurrentUser.get());
    }

    @GetMapping("/reviews/length")
    Meetings.QueueLength queueLength() {
        return meetings.reviewQueueLength();
    }

    @PostMapping("/reviews/{id}")
    ReviewView review(@PathVariable long id, @RequestBody ReviewDecision d) {
        meetings.review(id, d, CurrentUser.get());
        return meetings.reviewItem(id);
    }

    @GetMapping("/delays")
    List<DelayReason> delays() {
        return meetings.delays(500);
    }
}
