package haven.network.risk;

import haven.access.AccessAction;
import haven.access.AccessDecision;
import haven.access.AccessLog;
import haven.access.AccessPolicy;
import haven.access.HavenUser;
import haven.access.Role;
import haven.flags.Flag;
import haven.flags.Flags;
import haven.identity.People;
import haven.identity.PersonMatch;
import haven.network.risk.internal.AlertStore;
import haven.network.risk.internal.GraphStore;
import haven.network.risk.internal.RiskQueries;
import haven.network.risk.internal.Traversal;
import haven.platform.time.LondonTime;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the risk-network questions for a viewer: who and what is within a few links of
 * a person or a place, which children are linked to adults flagged as posing a risk to
 * children, which places are hotspots, and the co-location alerts sent to them. A person
 * the viewer may not see (as the access policy decides) is shown as "Restricted".
 */
@Service
public class RiskNetwork {
    /** The most nodes a network shows; beyond this it says it was cut short. */
    public static final int MAX_NODES = 150;
    private static final int MIN_REASON = 10;

    private final GraphStore graph;
    private final RiskQueries queries;
    private final AlertStore alerts;
    private final People people;
    private final Flags flags;
    private final AccessPolicy policy;
    private final AccessLog log;
    private final Clock clock;

    RiskNetwork(GraphStore graph, RiskQueries queries, AlertStore alerts, People people, Flags flags, AccessPolicy policy,
                AccessLog log, Clock clock) {
        this.graph = graph;
        this.queries = queries;
        this.alerts = alerts;
        this.people = people;
        this.flags = flags;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    /** The nodes and edges reached from one node, with no names: the query alone (for benchmarks and checks). */
    public Traversal.Reach reach(NodeKind kind, long id, NetworkQuery query) {
        var q = query.validated();
        LocalDate today = today();
        return Traversal.expand(kind.key(id), q.hops(), MAX_NODES,
                frontier -> graph.edgesTouching(frontier, q.types(), q.includeEnded(), today));
    }

    /** A person's network, opened under the same rules as their record: logged, and with a reason when not involved. */
    @Transactional(readOnly = true)
    public NetworkOpened aroundPerson(HavenUser viewer, long personId, NetworkQuery query, String reason, String channel) {
        if (people.recordsOf(personId).isEmpty()) {
            throw new NotFound("There is no person " + personId + " in Haven.");
        }
        var q = query.validated();
        AccessDecision decision = policy.decide(viewer, personId);
        boolean breakGlass = false;
        if (decision instanceof AccessDecision.Refused refused) {
            return new NetworkOpened.Refused(refused.explanation());
        }
        if (decision instanceof AccessDecision.ReasonRequired required) {
            if (reason == null || reason.strip().length() < MIN_REASON) {
                return new NetworkOpened.NeedsReason(required.explanation());
            }
            breakGlass = true;
        } else if (reason == null || reason.isBlank()) {
            reason = ((AccessDecision.Allowed) decision).basis();
        }
        log.record(viewer, personId, "api".equals(channel) ? AccessAction.API_READ : AccessAction.VIEW_PERSON, channel,
                "network: " + reason.strip(), breakGlass);
        return new NetworkOpened.Shown(labelled(viewer, NodeKind.PERSON.key(personId), q, reach(NodeKind.PERSON, personId, q)));
    }

    /** A place's network: the people, things and events around it, restricted where the viewer may not see a person. */
    @Transactional(readOnly = true)
    public NetworkGraph aroundLocation(HavenUser viewer, long locationId, NetworkQuery query, String channel) {
        if (graph.places(List.of(locationId)).isEmpty()) {
            throw new NotFound("There is no location " + locationId + ".");
        }
        var q = query.validated();
        log.record(viewer, null, AccessAction.VIEW_LOCATION, channel, "network of location " + locationId, false);
        return labelled(viewer, NodeKind.LOCATION.key(locationId), q, reach(NodeKind.LOCATION, locationId, q));
    }

    private NetworkGraph labelled(HavenUser viewer, String rootKey, NetworkQuery q, Traversal.Reach reach) {
        var ids = new HashMap<Character, List<Long>>();
        reach.hops().keySet().forEach(k -> ids.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(Long.parseLong(k.substring(1))));
        List<Long> persons = ids.getOrDefault('P', List.of());
        LocalDate today = today();
        Map<Long, Boolean> child = graph.childhood(persons, today);
        Map<Long, PersonMatch> names = people.summaries(persons).stream().collect(Collectors.toMap(PersonMatch::personId, m -> m));
        Map<Long, List<Flag>> personFlags = flags.onPersons(persons);
        Map<Long, String[]> places = graph.places(ids.getOrDefault('L', List.of()));
        Map<Long, String> things = graph.things(ids.getOrDefault('T', List.of()));
        Map<Long, String[]> events = graph.events(ids.getOrDefault('E', List.of()));
        LongPredicate visible = visibility(viewer);
        var keyMap = new HashMap<String, String>();
        var nodes = new ArrayList<NetworkGraph.Node>();
        int restricted = 0;
        for (var entry : reach.hops().entrySet()) {
            String key = entry.getKey();
            long id = Long.parseLong(key.substring(1));
            int hop = entry.getValue();
            NetworkGraph.Node node = switch (key.charAt(0)) {
                case 'P' -> {
                    var labels = personFlags.getOrDefault(id, List.of()).stream().map(Flag::label).distinct().toList();
                    boolean isChild = child.getOrDefault(id, false);
                    if (!key.equals(rootKey) && !visible.test(id)) {
                        yield new NetworkGraph.Node("R" + (++restricted), NodeKind.PERSON, null, hop, "Restricted",
                                isChild ? "Child" : "Adult", isChild, labels, true);
                    }
                    var m = names.get(id);
                    String detail = (isChild ? "Child" : "Adult")
                            + (m == null || m.dateOfBirth() == null ? "" : ", born " + LondonTime.date(m.dateOfBirth()));
                    yield new NetworkGraph.Node(key, NodeKind.PERSON, id, hop, m == null ? "Person " + id : m.name(), detail,
                            isChild, labels, false);
                }
                case 'L' -> {
                    var place = places.get(id);
                    var here = flags.onLocation(id);
                    boolean refuge = here.stream().anyMatch(f -> f.type().name().equals("REFUGE_ADDRESS")
                            && f.ownerAgencyId() != viewer.agencyId());
                    var labels = here.stream().map(Flag::label).distinct().toList();
                    if (refuge && !key.equals(rootKey)) {
                        yield new NetworkGraph.Node("R" + (++restricted), NodeKind.LOCATION, null, hop, "Restricted place",
                                "", false, labels, true);
                    }
                    String label = place == null ? "Place " + id : place[0] + (place[2].isEmpty() ? "" : ", " + place[2]);
                    yield new NetworkGraph.Node(key, NodeKind.LOCATION, id, hop, label, place == null ? "" : place[1], false,
                            labels, false);
                }
                case 'T' -> new NetworkGraph.Node(key, NodeKind.THING, id, hop, things.getOrDefault(id, "Thing " + id), "",
                        false, List.of(), false);
                default -> {
                    var e = events.get(id);
                    boolean hidden = e != null && Boolean.parseBoolean(e[3]) && !e[2].equals(viewer.agencyName());
                    String label = e == null ? "Event " + id : label(e[0]) + ", " + e[1];
                    yield new NetworkGraph.Node(key, NodeKind.EVENT, id, hop, label,
                            e == null ? "" : hidden ? "Restricted: ask " + e[2] : e[2], false, List.of(), false);
                }
            };
            keyMap.put(key, node.key());
            nodes.add(node);
        }
        nodes.sort(Comparator.comparingInt(NetworkGraph.Node::hop).thenComparing(NetworkGraph.Node::kind)
                .thenComparing(NetworkGraph.Node::label));
        var edges = reach.edges().stream()
                .map(e -> new NetworkGraph.Edge(keyMap.get(e.from()), keyMap.get(e.to()), e.type(), e.current())).toList();
        return new NetworkGraph(keyMap.get(rootKey), q.hops(), nodes, edges, reach.truncated());
    }

    /** Whether the viewer may see a person: anyone the access policy does not refuse. */
    private LongPredicate visibility(HavenUser viewer) {
        var memo = new HashMap<Long, Boolean>();
        return id -> memo.computeIfAbsent(id, p -> !(policy.decide(viewer, p) instanceof AccessDecision.Refused));
    }

    /** Children linked to adults flagged as posing a risk to children, in an area (null: everywhere the viewer covers). */
    @Transactional(readOnly = true)
    public List<ChildLinkedToRisk> childrenLinkedToRisk(HavenUser viewer, String area, Long person, int limit, int offset) {
        requirePractitioner(viewer);
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "Limit must be from 1 to 500");
        }
        if (offset < 0) {
            throw new InvalidInput("offset", "Offset must be 0 or more");
        }
        var pairs = queries.childrenLinkedToRisk(today(), blankToNull(area), person, limit, offset);
        var ids = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.child(), p.risk())).collect(Collectors.toSet());
        Map<Long, String> names = names(viewer, ids);
        log.record(viewer, null, AccessAction.SEARCH, "web", "children linked to adults posing a risk", false);
        return pairs.stream().map(p -> new ChildLinkedToRisk(p.child(), names.get(p.child()), p.risk(), names.get(p.risk()),
                String.join(", ", p.how().stream().map(RiskNetwork::how).toList()), p.locationId(), p.place(),
                p.riskFlags().stream().map(t -> haven.flags.FlagType.valueOf(t).label()).toList())).toList();
    }

    /** Places linked to at least {@code minChildren} children at risk in the last {@code days} days. */
    @Transactional(readOnly = true)
    public List<Hotspot> hotspots(HavenUser viewer, int days, int minChildren, String area, int limit) {
        requirePractitioner(viewer);
        var problems = new ArrayList<haven.platform.web.FieldProblem>();
        if (days < 1 || days > 3650) {
            problems.add(new haven.platform.web.FieldProblem("days", "Days must be a whole number from 1 to 3650"));
        }
        if (minChildren < 2 || minChildren > 100) {
            problems.add(new haven.platform.web.FieldProblem("minChildren", "Children must be a whole number from 2 to 100"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate to = today();
        LocalDate from = to.minusDays(days);
        var rows = queries.hotspots(to, from, to, clock.instant().minus(java.time.Duration.ofDays(days)), clock.instant(),
                minChildren, blankToNull(area), Math.max(1, Math.min(limit, 200)));
        log.record(viewer, null, AccessAction.SEARCH, "web", "hotspots over " + days + " days", false);
        return rows.stream().map(r -> new Hotspot(r.locationId(), r.address(), r.areaCode(), r.children(), r.links(), r.events(),
                r.riskAdults(), r.firstSeen(), r.lastSeen(),
                flags.onLocation(r.locationId()).stream().map(Flag::label).distinct().toList())).toList();
    }

    /** Names of persons as this viewer may see them: "Restricted" where the access policy refuses. */
    public Map<Long, String> names(HavenUser viewer, java.util.Collection<Long> personIds) {
        LongPredicate visible = visibility(viewer);
        Map<Long, String> found = people.summaries(personIds).stream()
                .collect(Collectors.toMap(PersonMatch::personId, PersonMatch::name));
        var result = new HashMap<Long, String>();
        personIds.forEach(id -> result.put(id, visible.test(id) ? found.getOrDefault(id, "Person " + id) : "Restricted"));
        return result;
    }

    /** Whether the viewer may open this person's pages (the access policy does not refuse). */
    public boolean mayOpen(HavenUser viewer, long personId) {
        return visibility(viewer).test(personId);
    }

    // Co-location alerts.

    /** Alerts sent to this user, newest first. */
    public List<CoLocationAlert> alertsFor(HavenUser viewer, boolean openOnly, int limit) {
        return alerts.forUser(viewer.id(), openOnly, limit);
    }

    /** Alerts naming this person as the child or the flagged adult, for whoever may open the person. */
    public List<CoLocationAlert> alertsAbout(HavenUser viewer, long personId) {
        return mayOpen(viewer, personId) ? alerts.aboutPerson(personId) : List.of();
    }

    /** One alert with what caused it and whom it went to: for its recipients and supervisors. */
    @Transactional(readOnly = true)
    public CoLocationAlert alert(HavenUser viewer, long alertId) {
        var alert = alerts.byId(alertId).orElseThrow(() -> new NotFound("There is no alert " + alertId + "."));
        if (!alerts.isRecipient(alertId, viewer.id()) && !viewer.hasAny(Role.SUPERVISORS)) {
            throw new Forbidden("This alert was sent to other staff. Ask them, or your supervisor, if you need it.");
        }
        log.record(viewer, alert.childPersonId(), AccessAction.VIEW_PERSON, "web", "co-location alert " + alertId, false);
        return new CoLocationAlert(alert.id(), alert.childPersonId(), alert.riskPersonId(), alert.reason(), alert.locationId(),
                alerts.causes(alertId), alert.triggeredBy(), alert.raisedAt(), alert.status(), alerts.recipients(alertId));
    }

    /** What recipients did with an alert: action, note, by whom and when (London time). */
    public List<String[]> actionsOn(long alertId) {
        return alerts.actions(alertId);
    }

    /** Acknowledges or closes an alert with a note; the earlier state stays in the history. */
    @Transactional
    public void act(HavenUser viewer, long alertId, String action, String note) {
        alert(viewer, alertId);
        var problems = new ArrayList<haven.platform.web.FieldProblem>();
        if (!Set.of("ACKNOWLEDGED", "CLOSED").contains(action)) {
            problems.add(new haven.platform.web.FieldProblem("action", "Choose acknowledge or close"));
        }
        if (note == null || note.strip().length() < 5) {
            problems.add(new haven.platform.web.FieldProblem("note", "Enter what you have done or will do, in at least 5 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        alerts.act(alertId, action, note.strip(), viewer.username(), clock.instant());
    }

    private static void requirePractitioner(HavenUser viewer) {
        if (!viewer.hasAny(Role.PRACTITIONERS)) {
            throw new Forbidden("Your role sees figures across areas, not individual children.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String label(String constant) {
        String s = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String how(String how) {
        return switch (how) {
            case "SAME_PLACE" -> "Lives or stays at the same place";
            case "PARTNER_OF_PARENT" -> "Partner of the child's parent";
            case "SHARED_PHONE" -> "Shares a phone";
            case "SHARED_VEHICLE" -> "Shares a vehicle";
            case "HOUSEHOLD_MEMBER" -> "Household member";
            default -> label(how);
        };
    }
}
