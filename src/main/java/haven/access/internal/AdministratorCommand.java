package haven.access.internal;

import haven.access.AgencyType;
import haven.access.Role;
import haven.access.Users;
import haven.platform.cli.OperatorCommand;
import java.util.EnumSet;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * {@code haven create-administrator}: the explicit first step of a production instance,
 * which has no demo users. Creates the area and agency if needed and the administrator.
 */
@Component
@CommandLine.Command(name = "create-administrator", description = "Create the first administrator of a new Haven.")
class AdministratorCommand implements OperatorCommand {
    private final Users users;

    @CommandLine.Option(names = "--username", required = true)
    String username;

    @CommandLine.Option(names = "--name", required = true, description = "The administrator's display name")
    String name;

    @CommandLine.Option(names = "--agency-code", required = true)
    String agencyCode;

    @CommandLine.Option(names = "--agency-name", description = "Needed when the agency does not exist yet")
    String agencyName;

    @CommandLine.Option(names = "--area-code", defaultValue = "NATIONAL")
    String areaCode;

    AdministratorCommand(Users users) {
        this.users = users;
    }

    @Override
    public Integer call() {
        String password = System.getenv("HAVEN_ADMIN_PASSWORD");
        if (password == null || password.length() < 12) {
            System.err.println("Set HAVEN_ADMIN_PASSWORD (12 characters or more) in the environment; it is never taken as an argument.");
            return 2;
        }
        if (users.byUsername(username).isPresent()) {
            System.err.println("A user called " + username + " already exists.");
            return 2;
        }
        users.createArea(areaCode, areaCode, "NATIONAL", null, "ENGLAND");
        long agency = users.agency(agencyCode).map(Users.Agency::id).orElseGet(() ->
                users.createAgency(agencyCode, agencyName == null ? agencyCode : agencyName, AgencyType.NATIONAL_MONITOR, areaCode));
        users.createUser(username, password, name, agency, "Administration", EnumSet.of(Role.ADMINISTRATOR), null, "operator");
        System.out.println("Created administrator " + username + ".");
        return 0;
    }
}
