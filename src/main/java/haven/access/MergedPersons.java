package haven.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The persons merged into a person. Facts other modules keep by person id (a flag, a
 * sealing, a practitioner's involvement) stay on the person they were recorded against; a
 * merge does not rewrite them, so a split needs no undoing. Whoever reads those facts for a
 * person reads them for every person merged into it. Implemented by the module that
 * resolves identities, so access needs no knowledge of its tables.
 */
public interface MergedPersons {

    /** Each person with itself and every person merged into it, directly or through an earlier merge. */
    Map<Long, Set<Long>> withMergedInto(Collection<Long> personIds);

    default Set<Long> withMergedInto(long personId) {
        return withMergedInto(Set.of(personId)).getOrDefault(personId, Set.of(personId));
    }

    /** When this person was merged into another, the person its records belong to now. */
    java.util.Optional<Long> survivorOf(long personId);

    /** Used where no module resolves identities: every person stands alone. */
    MergedPersons NONE = new MergedPersons() {
        @Override
        public Map<Long, Set<Long>> withMergedInto(Collection<Long> ids) {
            var out = new java.util.HashMap<Long, Set<Long>>();
            ids.forEach(id -> out.put(id, Set.of(id)));
            return out;
        }

        @Override
        public java.util.Optional<Long> survivorOf(long personId) {
            return java.util.Optional.empty();
        }
    };
}
