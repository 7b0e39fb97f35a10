package haven;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules talk only through each other's published API, and the module diagram in docs/ stays current. */
class ModularityTest {
    private final ApplicationModules modules = ApplicationModules.of(HavenApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
