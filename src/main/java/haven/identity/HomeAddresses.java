package haven.identity;

import java.util.Collection;
import java.util.Map;

/**
 * Where each person record lives now, as the agency that holds the record said: what matching reads so that a shared
 * address and postcode count as evidence (and, for a family, are set aside by the family rule). Identity declares it;
 * the network module, which keeps places and the links to them, answers it. Without an answer, matching uses the
 * record's own fields only.
 */
public interface HomeAddresses {

    /** A home: the first line of the address, the postcode and the town, as stored. */
    record Home(String addressLine, String postcode, String town) {
        @Override
        public String toString() {
            return "Home[…]"; // an address never reaches a log
        }
    }

    /** The current home of each of these records that has one, by record id. */
    Map<Long, Home> currentHomes(Collection<Long> recordIds);
}
