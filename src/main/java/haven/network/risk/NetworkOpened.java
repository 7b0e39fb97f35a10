package haven.network.risk;

/** The result of asking to see a person's network, following the same access rules as their record. */
public sealed interface NetworkOpened {
    /** The network as this viewer may see it; the view is in the access log. */
    record Shown(NetworkGraph graph) implements NetworkOpened {
    }

    /** The viewer must say why before the network opens. */
    record NeedsReason(String explanation) implements NetworkOpened {
    }

    /** The viewer may not see this person's network. */
    record Refused(String explanation) implements NetworkOpened {
    }
}
