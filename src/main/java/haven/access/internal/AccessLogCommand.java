package haven.access.internal;

import haven.access.AccessLog;
import haven.platform.cli.OperatorCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven verify-access-log}: walks the hash chain and names the first entry that breaks it. */
@Component
@CommandLine.Command(name = "verify-access-log", description = "Check that no access-log entry was changed or removed.")
class AccessLogCommand implements OperatorCommand {
    private final AccessLog log;

    AccessLogCommand(AccessLog log) {
        this.log = log;
    }

    @Override
    public Integer call() {
        var result = log.verify();
        if (result instanceof AccessLog.Verification.Intact intact) {
            System.out.printf("The access log is intact: %,d entries, every hash and link holds.%n", intact.entries());
            return 0;
        }
        var broken = (AccessLog.Verification.Broken) result;
        System.out.printf("The access log is BROKEN at entry %d: %s.%n", broken.firstBrokenEntryId(), broken.problem());
        return 1;
    }
}
