package haven.workforce;

import java.util.List;
import java.util.UUID;

/** What happened to a workforce command: recorded, invalid (fields named), or refused by a rule. */
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
