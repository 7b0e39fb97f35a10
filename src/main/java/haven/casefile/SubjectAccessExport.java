package haven.casefile;

import haven.access.AccessAction;
import haven.access.AccessDecision;
import haven.access.AccessLog;
import haven.access.AccessPolicy;
import haven.access.HavenUser;
import haven.access.Role;
import haven.flags.Flag;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonRecord;
import haven.network.ChronologyEntry;
import haven.network.LinkView;
import haven.network.Network;
import haven.platform.web.Forbidden;
import haven.platform.web.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Everything Haven holds about one person, for a subject access request under data
 * protection law: every agency's record with all its versions, the events the person took
 * part in, the links, the flags, and who has looked. Made by a manager and logged as an export.
 */
@Service
public class SubjectAccessExport {
    static final Set<Role> MAY_EXPORT = Set.of(Role.SOCIAL_WORK_MANAGER, Role.POLICE_SUPERVISOR);

    private final People people;
    private final Network network;
    private final Flags flags;
    private final AccessPolicy policy;
    private final AccessLog log;
    private final Clock clock;

    SubjectAccessExport(People people, Network network, Flags flags, AccessPolicy policy, AccessLog log, Clock clock) {
        this.people = people;
        this.network = network;
        this.flags = flags;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    /** The export, in the order a reader would want it. */
    public record Export(long personId, Instant generatedAt, String generatedBy, List<PersonRecord> records,
                         List<People.RecordVersion> versions, List<ChronologyEntry> events, List<LinkView> links,
                         List<Flag> flags, List<AccessLog.Entry> views) {
        @Override
        public String toString() {
            return "Export[person=" + personId + "]";
        }
    }

    public Export export(HavenUser by, long personId, String reason) {
        if (!by.hasAny(MAY_EXPORT)) {
            throw new Forbidden("Only a social work manager or a police supervisor may export a person's record.");
        }
        var records = people.recordsOf(personId);
        if (records.isEmpty()) {
            throw new NotFound("There is no person " + personId + " in Haven.");
        }
        if (policy.decide(by, personId) instanceof AccessDecision.Refused refused) {
            throw new Forbidden(refused.explanation());
        }
        var views = log.viewsOf(personId, 10_000);
        log.record(by, personId, AccessAction.EXPORT, "api", reason == null || reason.isBlank() ? "subject access request" : reason,
                false);
        return new Export(personId, clock.instant(), by.username(), records, people.versionsOf(personId),
                network.chronologyOf(personId), network.linksOf(personId), flags.onPerson(personId), views);
    }
}
