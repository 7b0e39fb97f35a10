package haven.casefile;

import java.time.LocalDate;

/** A flag as one viewer may see it: always what and whom to ask; the detail only when they may. */
public record FlagView(String type, String label, String ownerAgency, String ownerContact, String detail,
                       LocalDate reviewOn) {
    public boolean detailHidden() {
        return detail == null;
    }
}
