package haven.platform.demo;

/**
 * A module's contribution to the demo area, called once after the people, places and
 * events are loaded. Seeders use their own module's facade and the demo's users and
 * agencies (looked up by the codes and usernames in {@link DemoArea}).
 */
public interface DemoSeeder {

    /** Lower runs first. */
    default int order() {
        return 100;
    }

    void seed(DemoArea area);
}
