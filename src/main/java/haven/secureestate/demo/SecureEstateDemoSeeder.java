package haven.secureestate.demo;

import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * Adds the secure estate to the demo area: Fernside (steady) and Hollins Park (deteriorating), with their staff,
 * children drawn from the demo's children, and weeks of records. The small demo (tests) gets fewer weeks.
 */
@Component
class SecureEstateDemoSeeder implements DemoSeeder {

    private final SecureEstateDemoData data;

    SecureEstateDemoSeeder(SecureEstateDemoData data) {
        this.data = data;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void seed(DemoArea area) {
        int weeks = "small".equals(area.size()) ? 4 : 14;
        // children placed in custody are the later ones in the list, away from those used by the community demo
        var children = area.children().size() > 60 ? area.children().subList(area.children().size() / 2, area.children().size())
                : area.children();
        data.load(children, area.random().nextLong(), weeks);
    }
}
