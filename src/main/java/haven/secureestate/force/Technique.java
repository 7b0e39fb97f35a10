package haven.secureestate.force;

/** A restraint technique from the controlled list, marked where it inflicts pain or holds a child face down. */
public record Technique(String code, String name, boolean painInducing, boolean faceDown) {
}
