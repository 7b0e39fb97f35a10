package haven.platform.demo;

/** The demo area finished loading, including every module's seeder. */
public record DemoAreaLoaded(String size, long persons, long records) {
}
