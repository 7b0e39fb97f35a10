package haven.secureestate;

import java.util.List;
import java.util.UUID;

/**
 * What happened to a command: recorded (with the record's id), invalid (each bad field named), or refused by a
 * rule. Business refusals are results, not exceptions, so pages and the API can show them plainly.
 */
public sealed interface Outcome permits Outcome.Recorded, Outcome.Invalid, Outcome.Refused {

    static Outcome of(Decision.Refused refused) {
        return new Refused(refused.ruleId(), refused.field(), refused.reason());
    }

    record Recorded(UUID id) implements Outcome {
    }

    record Invalid(List<FieldProblem> problems) implements Outcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    record Refused(String ruleId, String field, String reason) implements Outcome {
    }
}
