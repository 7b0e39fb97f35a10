package haven.intake;

import java.util.Map;

/**
 * One row of an agency extract as read from the file: column name to raw text. Column
 * names are those in {@link ExtractColumns}.
 */
public record ExtractRow(int rowNumber, Map<String, String> values) {
    public String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Override
    public String toString() {
        return "ExtractRow[" + rowNumber + "]";
    }
}
