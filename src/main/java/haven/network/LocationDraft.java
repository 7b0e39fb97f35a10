package haven.network;

/** An address as an agency gives it; the same address line and postcode is the same location. */
public record LocationDraft(String addressLine, String town, String postcode, Double latitude, Double longitude,
                            String areaCode) {
    @Override
    public String toString() {
        return "LocationDraft[area=" + areaCode + "]";
    }
}
