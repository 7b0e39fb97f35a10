package haven.network;

/** A place: an address with its postcode and the local authority area it is in. */
public record Location(long id, String addressLine, String town, String postcode, Double latitude, Double longitude,
                       String areaCode) {
    public String oneLine() {
        return addressLine + (town == null ? "" : ", " + town) + (postcode == null ? "" : ", " + postcode);
    }

    @Override
    public String toString() {
        return "Location[id=" + id + "]";
    }
}
