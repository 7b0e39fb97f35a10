/**
 * Locations, objects (phones, vehicles, devices, online accounts), events with their
 * participants, and typed, dated links between them and people (the POLE model). Every
 * fact keeps its source, who recorded it, when, and the lawful basis for sharing it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network", allowedDependencies = {"access", "identity", "platform"})
package haven.network;
