package haven.network.api;

import haven.access.CurrentUser;
import haven.network.EventDraft;
import haven.network.LinkDraft;
import haven.network.LocationDraft;
import haven.network.Network;
import haven.network.Participant;
import haven.network.Source;
import haven.platform.web.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Events, links and places sent by agencies' systems, each recorded with the caller's agency as its source. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Network", description = "Events, links and places (the POLE model)")
@PreAuthorize("hasAnyRole('SYSTEM_CLIENT', 'POLICE_OFFICER', 'POLICE_SUPERVISOR', 'CUSTODY_OFFICER', 'OFFENDER_MANAGER', "
        + "'SOCIAL_WORKER', 'SOCIAL_WORK_MANAGER', 'HUB_WORKER', 'HEALTH_PRACTITIONER', 'SCHOOL_SAFEGUARDING_LEAD', "
        + "'YOUTH_OFFENDING_WORKER', 'SECURE_STAFF', 'SECURE_MANAGER')")
class NetworkRecordsApi {
    private final Network network;

    NetworkRecordsApi(Network network) {
        this.network = network;
    }

    /** An event as sent; {@code sourceSystem} and {@code sourceId} make it idempotent. */
    record EventRequest(String sourceSystem, String sourceId, String type, Instant occurredAt, Instant endedAt, Long locationId,
                        String summary, boolean restricted, String lawfulBasis, List<Participant> participants) {
    }

    record LinkRequest(String sourceSystem, String sourceId, String type, Long fromRecord, Long toRecord, Long toLocation,
                       Long toThing, LocalDate validFrom, LocalDate validTo, String lawfulBasis) {
    }

    record LocationRequest(String addressLine, String town, String postcode, Double latitude, Double longitude, String areaCode) {
        @Override
        public String toString() {
            return "LocationRequest[area=" + areaCode + "]";
        }
    }

    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an event with its participants; sending the same source id again changes nothing")
    Map<String, Long> event(@RequestBody EventRequest e) {
        requireSource(e.sourceSystem(), e.sourceId());
        var user = CurrentUser.get();
        long id = network.recordEvent(new EventDraft(new Source(user.agencyId(), e.sourceSystem(), e.sourceId(), e.lawfulBasis(),
                user.username()), e.type(), e.occurredAt(), e.endedAt(), e.locationId(), e.summary(), e.restricted(), e.participants()));
        return Map.of("eventId", id);
    }

    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a typed, dated link from a person record to another record, a location or a thing")
    Map<String, Integer> link(@RequestBody LinkRequest l) {
        requireSource(l.sourceSystem(), l.sourceId());
        if (l.fromRecord() == null) {
            throw new InvalidInput("fromRecord", "fromRecord is required");
        }
        int targets = (l.toRecord() == null ? 0 : 1) + (l.toLocation() == null ? 0 : 1) + (l.toThing() == null ? 0 : 1);
        if (targets != 1) {
            throw new InvalidInput("toRecord", "Give exactly one of toRecord, toLocation or toThing");
        }
        var user = CurrentUser.get();
        int added = network.linkAll(List.of(new LinkDraft(new Source(user.agencyId(), l.sourceSystem(), l.sourceId(),
                l.lawfulBasis(), user.username()), l.type(), l.fromRecord(), l.toRecord(), l.toLocation(), l.toThing(),
                l.validFrom(), l.validTo())));
        return Map.of("added", added);
    }

    @PostMapping("/locations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Find or create a location by address line and postcode")
    Map<String, Long> location(@RequestBody LocationRequest l) {
        return Map.of("locationId", network.locate(new LocationDraft(l.addressLine(), l.town(), l.postcode(), l.latitude(),
                l.longitude(), l.areaCode()), CurrentUser.get().username()));
    }

    private static void requireSource(String system, String id) {
        if (system == null || system.isBlank()) {
            throw new InvalidInput("sourceSystem", "sourceSystem is required");
        }
        if (id == null || id.isBlank()) {
            throw new InvalidInput("sourceId", "sourceId is required");
        }
    }
}
