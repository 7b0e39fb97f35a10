package haven.secureestate.store;

import haven.access.MergedPersons;
import org.springframework.stereotype.Component;

/**
 * A child and every person since merged into them (ADR 0004): a placement, a use of force or a
 * separation recorded under a record that turned out to be the same child stays in their history.
 */
@Component
class SameChild {
    private final MergedPersons merged;

    SameChild(MergedPersons merged) {
        this.merged = merged;
    }

    Long[] of(long childPersonId) {
        return merged.withMergedInto(childPersonId).toArray(Long[]::new);
    }
}
