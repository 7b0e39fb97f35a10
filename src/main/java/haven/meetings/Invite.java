package haven.meetings;

/** One person invited to a strategy discussion; {@code userId} when they are a Haven user. */
public record Invite(Long userId, String name, InviteeAgency agency, Seniority seniority) {
    @Override
    public String toString() {
        return "Invite[user=" + userId + ", agency=" + agency + "]";
    }
}
