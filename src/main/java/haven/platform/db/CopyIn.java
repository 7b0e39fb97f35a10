package haven.platform.db;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY}, on the connection of the current transaction, for the
 * batch paths (import, demo). A batch of 20,000 rows sent as one JSON document cost PostgreSQL about 165 ms to
 * parse, for every statement that read it; {@code COPY} into a temporary table is parsed once and far faster, and
 * the statements that follow read the table (docs/intake.md).
 */
@Component
public class CopyIn {
    private final DataSource dataSource;

    CopyIn(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the values of one row, in the order of the columns given to {@link #into}. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(T item, Values values) throws IOException;
    }

    /**
     * The values of one row, in COPY's CSV format: every value quoted, a quote inside doubled; null written as
     * nothing, which COPY reads as SQL null, so an empty string stays an empty string. Built per row and written
     * whole: a CSV printer writing character by character to a synchronised writer cost a quarter of the import's
     * Java time.
     */
    public static final class Values {
        private final StringBuilder row = new StringBuilder(256);
        private int count;

        private Values() {
        }

        private void start() {
            row.setLength(0);
            count = 0;
        }

        public Values add(Object value) {
            if (count++ > 0) {
                row.append(',');
            }
            if (value != null) {
                quoted(value.toString());
            }
            return this;
        }

        /** A text array, written as PostgreSQL's array literal. */
        public Values addArray(Collection<String> values) {
            var literal = new StringBuilder("{");
            for (String v : values) {
                if (literal.length() > 1) {
                    literal.append(',');
                }
                literal.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return add(literal.append('}').toString());
        }

        private void quoted(String v) {
            row.append('"');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '"') {
                    row.append('"');
                }
                row.append(c);
            }
            row.append('"');
        }
    }

    /**
     * Copies the items into {@code table (columns)}; must run inside a transaction, so that the statements after it
     * (on the same connection) see the rows. Returns the number of rows copied.
     */
    public <T> long into(String tableWithColumns, Iterable<T> items, RowWriter<T> writer) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("COPY into " + tableWithColumns + " needs a transaction");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var pg = connection.unwrap(PGConnection.class);
            long rows = 0;
            var out = new PGCopyOutputStream(pg, "copy " + tableWithColumns + " from stdin (format csv)", 1 << 16);
            try (var w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                var values = new Values();
                for (T item : items) {
                    values.start();
                    writer.write(item, values);
                    values.row.append('\n');
                    w.append(values.row);
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            // the database's message stays in the cause: its first line can quote a row's value (a date of birth that
            // did not parse), and this message is the one a log prints
            throw new IllegalStateException("COPY into " + tableWithColumns + " failed (SQL state " + e.getSQLState() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into " + tableWithColumns + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
