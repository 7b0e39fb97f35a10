package haven.access;

import java.util.Set;

/**
 * Where a person belongs, for deciding whose area their record is in. Implemented by the
 * module that knows people's addresses, so access needs no knowledge of their tables.
 */
public interface PersonAreas {

    /** The local authority area codes of the person's current homes and record holders. */
    Set<String> areasOf(long personId);
}
