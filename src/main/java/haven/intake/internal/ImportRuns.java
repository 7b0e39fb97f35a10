package haven.intake.internal;

import haven.intake.ImportReport;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each import run and its rejected rows, so the report can be read again later. */
@Repository
public class ImportRuns {
    private final JdbcClient jdbc;
    private final Clock clock;

    ImportRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long start(String fileName, String format, long agencyId, String by) {
        return jdbc.sql("""
                insert into import_run (file_name, format, agency_id, started_by, started_at, status)
                values (:f, :fmt, :a, :by, :now, 'RUNNING') returning id""")
                .param("f", fileName).param("fmt", format).param("a", agencyId).param("by", by)
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long runId, int total, int[] counts, List<ImportReport.Rejection> rejections) {
        jdbc.sql("""
                update import_run set finished_at = :now, rows_total = :t, rows_created = :c, rows_updated = :u,
                    rows_unchanged = :n, rows_rejected = :r, status = 'FINISHED' where id = :id""")
                .param("now", Timestamp.from(clock.instant())).param("t", total).param("c", counts[0]).param("u", counts[1])
                .param("n", counts[2]).param("r", counts[3]).param("id", runId).update();
        for (var r : rejections) {
            jdbc.sql("insert into import_rejection (run_id, row_number, field, message) values (:id, :row, :f, :m) on conflict do nothing")
                    .param("id", runId).param("row", r.row()).param("f", r.field()).param("m", r.message()).update();
        }
    }

    public Optional<ImportReport> report(long runId) {
        var rejections = jdbc.sql("select row_number, field, message from import_rejection where run_id = :id order by row_number, field")
                .param("id", runId)
                .query((rs, i) -> new ImportReport.Rejection(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
        return jdbc.sql("""
                select id, file_name, rows_total, rows_created, rows_updated, rows_unchanged, rows_rejected,
                       extract(epoch from coalesce(finished_at, started_at) - started_at)
                from import_run where id = :id""")
                .param("id", runId)
                .query((rs, i) -> new ImportReport(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rejections, rs.getDouble(8)))
                .optional();
    }
}
