package haven.clocks.register;

import haven.clocks.DeadlineState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Given the time, finds the warnings, breaches and escalation steps to raise. Pure: it changes nothing; the register
 * applies and records what it returns. Missed sweeps catch up: a breach raises every escalation step already due.
 */
public final class Sweep {

    private final EscalationChain chain;

    public Sweep(EscalationChain chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    /** What to raise for one deadline at {@code now}, in order. */
    public List<Alert> check(Deadline d, Instant now) {
        List<Alert> alerts = new ArrayList<>(1);
        collect(d, now, alerts);
        return alerts;
    }

    /** What to raise for many deadlines at {@code now}. */
    public List<Alert> run(Iterable<Deadline> deadlines, Instant now) {
        List<Alert> alerts = new ArrayList<>();
        for (Deadline d : deadlines) {
            collect(d, now, alerts);
        }
        return alerts;
    }

    private void collect(Deadline d, Instant now, List<Alert> into) {
        DeadlineState state = d.state();
        if (state.isClosed()) {
            return;
        }
        if (state instanceof DeadlineState.Breached b) {
            escalate(d, b.at(), now, into);
            return;
        }
        if (!now.isBefore(d.due())) {
            into.add(new Alert.BreachReached(d.id(), d.due()));
            escalate(d, d.due(), now, into);
            return;
        }
        int reached = 0;
        List<Instant> warnings = d.warnings();
        while (reached < warnings.size() && !warnings.get(reached).isAfter(now)) {
            reached++;
        }
        if (reached > d.warningsRaised()) {
            into.add(new Alert.WarningReached(d.id(), reached, warnings.get(reached - 1)));
        }
    }

    private void escalate(Deadline d, Instant breachedAt, Instant now, List<Alert> into) {
        List<EscalationChain.Step> steps = chain.steps();
        for (int i = d.escalationLevel(); i < steps.size(); i++) {
            Instant at = breachedAt.plus(steps.get(i).afterBreach());
            if (at.isAfter(now)) {
                return;
            }
            into.add(new Alert.EscalationReached(d.id(), i + 1, steps.get(i).target(), at));
        }
    }
}
