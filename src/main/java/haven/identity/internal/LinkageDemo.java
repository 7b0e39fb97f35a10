package haven.identity.internal;

import haven.identity.Linkage;
import haven.identity.RelinkReport;
import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills the demo's review queue with the real uncertain pairs of the demo area, by a re-link that merges nothing
 * (the demo's persons stay as the other modules' stories expect them).
 */
@Component
class LinkageDemo implements DemoSeeder {
    private static final Logger log = LoggerFactory.getLogger(LinkageDemo.class);
    private static final long LARGEST_AREA_TO_RELINK = 200_000;

    private final Linkage linkage;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    LinkageDemo(Linkage linkage, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.linkage = linkage;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void seed(DemoArea area) {
        long records = jdbc.sql("select count(*) from person_record").query(Long.class).single();
        if (records > LARGEST_AREA_TO_RELINK) {
            log.info("Demo area has {} person records: run 'haven relink --review-only' to fill the review queue", records);
            return;
        }
        RelinkReport r = linkage.relink(false);
        log.info("Demo review queue: {} uncertain pairs from {} records in {} ms", r.queuedForReview(), r.records(),
                r.millis());
    }
}
