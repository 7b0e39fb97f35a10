package haven.demo.internal;

import haven.access.AgencyType;
import haven.access.Role;
import haven.access.Users;
import haven.platform.demo.DemoArea;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The demo area's places, agencies and staff: a fictional force with five local authorities. */
@Component
class DemoDirectory {
    static final String PASSWORD = "demo-password-1";
    static final String API_TOKEN = "demo-police-system-token";

    /** A demo sign-in as printed at start. */
    record DemoLogin(String username, String role, String agency) {
    }

    private final Users users;

    DemoDirectory(Users users) {
        this.users = users;
    }

    List<DemoLogin> create() {
        users.createArea("NATIONAL", "England and Wales", "NATIONAL", null, "ENGLAND");
        users.createArea("NM", "Northmere force area", "FORCE", "NATIONAL", "ENGLAND");
        String[] names = {"Ashvale", "Brackenford", "Carrowby", "Dunholm", "Eskmere"};
        for (int i = 0; i < 5; i++) {
            users.createArea(DemoArea.LOCAL_AUTHORITIES.get(i), names[i] + " Council", "LOCAL_AUTHORITY", "NM",
                    i == 4 ? "WALES" : "ENGLAND");
        }
        long police = users.createAgency(DemoArea.POLICE, "Northmere Constabulary", AgencyType.POLICE, "NM");
        Map<String, Long> las = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            las.put(DemoArea.LOCAL_AUTHORITIES.get(i), users.createAgency(DemoArea.LOCAL_AUTHORITIES.get(i),
                    names[i] + " Children's Services", AgencyType.CHILDRENS_SERVICES, DemoArea.LOCAL_AUTHORITIES.get(i)));
            users.createAgency("SCH-" + names[i].toUpperCase(), names[i] + " Academy", AgencyType.SCHOOL,
                    DemoArea.LOCAL_AUTHORITIES.get(i));
        }
        long health = users.createAgency(DemoArea.HEALTH, "Northmere Health NHS Trust", AgencyType.HEALTH, "NM");
        long yot = users.createAgency(DemoArea.YOUTH_OFFENDING_TEAM, "Northmere Youth Justice Service",
                AgencyType.YOUTH_OFFENDING_TEAM, "NM");
        long stc = users.createAgency(DemoArea.SECURE_TRAINING_CENTRE, "Hollins Park Secure Training Centre",
                AgencyType.SECURE_ESTABLISHMENT, "NM");
        long sch = users.createAgency(DemoArea.SECURE_CHILDRENS_HOME, "Fernside Secure Children's Home",
                AgencyType.SECURE_ESTABLISHMENT, "NM");
        long partnership = users.createAgency(DemoArea.PARTNERSHIP, "Northmere Safeguarding Children Partnership",
                AgencyType.SAFEGUARDING_PARTNERSHIP, "NM");
        long monitor = users.createAgency(DemoArea.NATIONAL_MONITOR, "National Secure Estate Monitor",
                AgencyType.NATIONAL_MONITOR, "NATIONAL");
        long ash = las.get("LA-ASH");
        long brk = las.get("LA-BRK");
        long school = users.agency("SCH-ASHVALE").orElseThrow().id();

        long superintendent = user("police.superintendent", "Police superintendent (senior lead)", police, "Public protection", null, Role.POLICE_SUPERVISOR);
        long sergeant = user("police.sergeant", "Police sergeant", police, "Child abuse investigation", superintendent, Role.POLICE_SUPERVISOR);
        user("police.officer", "Police constable", police, "Child abuse investigation", sergeant, Role.POLICE_OFFICER);
        user("custody.sergeant", "Custody sergeant", police, "Custody", superintendent, Role.CUSTODY_OFFICER);
        user("custody.inspector", "Custody inspector", police, "Custody", superintendent, Role.POLICE_SUPERVISOR, Role.CUSTODY_OFFICER);
        user("offender.manager", "Offender manager", police, "Management of sexual offenders", sergeant, Role.OFFENDER_MANAGER);
        users.setSeniorLead(police, superintendent);

        long head = user("sw.head", "Head of service (senior lead)", ash, "Children's social care", null, Role.SOCIAL_WORK_MANAGER);
        long manager = user("sw.manager", "Social work team manager", ash, "Assessment team", head, Role.SOCIAL_WORK_MANAGER);
        user("social.worker", "Social worker", ash, "Assessment team", manager, Role.SOCIAL_WORKER);
        user("hub.worker", "Safeguarding hub worker", ash, "Front door", manager, Role.HUB_WORKER);
        user("lado", "Local authority designated officer", ash, "LADO", head, Role.DESIGNATED_OFFICER);
        users.setSeniorLead(ash, head);
        long headB = user("sw.head.brackenford", "Head of service (senior lead)", brk, "Children's social care", null, Role.SOCIAL_WORK_MANAGER);
        user("social.worker.brackenford", "Social worker", brk, "Assessment team", headB, Role.SOCIAL_WORKER);
        users.setSeniorLead(brk, headB);
        for (int i = 2; i < 5; i++) {
            long la = las.get(DemoArea.LOCAL_AUTHORITIES.get(i));
            String code = DemoArea.LOCAL_AUTHORITIES.get(i).substring(3).toLowerCase();
            long lead = user("sw.head." + code, "Head of service (senior lead)", la, "Children's social care", null, Role.SOCIAL_WORK_MANAGER);
            user("hub.worker." + code, "Safeguarding hub worker", la, "Front door", lead, Role.HUB_WORKER);
            users.setSeniorLead(la, lead);
        }

        long named = user("health.named.nurse", "Named nurse for safeguarding", health, "Safeguarding", null, Role.HEALTH_PRACTITIONER);
        user("health.visitor", "Health visitor", health, "Health visiting", named, Role.HEALTH_PRACTITIONER);
        users.setSeniorLead(health, named);
        user("school.dsl", "Designated safeguarding lead", school, "Safeguarding", null, Role.SCHOOL_SAFEGUARDING_LEAD);
        long yotManager = user("yot.manager", "Youth justice manager", yot, "Youth justice", null, Role.YOUTH_OFFENDING_WORKER);
        user("yot.worker", "Youth justice worker", yot, "Youth justice", yotManager, Role.YOUTH_OFFENDING_WORKER);
        users.setSeniorLead(yot, yotManager);

        long stcDirector = user("secure.director", "Centre director", stc, "Management", null, Role.SECURE_MANAGER);
        user("secure.manager", "Duty manager", stc, "Residential", stcDirector, Role.SECURE_MANAGER);
        user("secure.staff", "Residential officer", stc, "Residential", stcDirector, Role.SECURE_STAFF);
        user("healthcare.lead", "Healthcare lead", stc, "Healthcare", stcDirector, Role.HEALTHCARE_LEAD);
        users.setSeniorLead(stc, stcDirector);
        long homeManager = user("home.manager", "Registered manager", sch, "Management", null, Role.SECURE_MANAGER);
        user("home.staff", "Residential care worker", sch, "Residential", homeManager, Role.SECURE_STAFF);
        users.setSeniorLead(sch, homeManager);
        long partnershipLead = user("partnership.lead", "Partnership business manager", partnership, "Partnership", null, Role.SOCIAL_WORK_MANAGER);
        users.setSeniorLead(partnership, partnershipLead);
        user("national.monitor", "National monitor", monitor, "Monitoring", null, Role.NATIONAL_MONITOR);
        user("admin", "Administrator", police, "Systems", null, Role.ADMINISTRATOR);

        users.registerApiClient("police-records-system", police, API_TOKEN, EnumSet.of(Role.SYSTEM_CLIENT));
        return users.all().stream()
                .map(u -> new DemoLogin(u.username(), u.primaryRole().label(), u.agencyName())).toList();
    }

    private long user(String username, String title, long agency, String team, Long supervisor, Role... roles) {
        return users.createUser(username, PASSWORD, title, agency, team, EnumSet.copyOf(List.of(roles)), supervisor, "demo");
    }
}
