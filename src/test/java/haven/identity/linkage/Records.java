package haven.identity.linkage;

import java.util.List;

/** Small helpers to build prepared records in tests. */
final class Records {
    static final RecordPreparer PREPARER = new RecordPreparer(Nicknames.ukTable());

    private Records() {
    }

    static PreparedRecord prepared(LinkageRecord r) {
        return PREPARER.prepare(0, 0, r);
    }

    static LinkageRecord.Builder person(String id, String forename, String surname, String dob) {
        return LinkageRecord.builder(id).forename(forename).surname(surname).dateOfBirth(dob);
    }

    static PreparedRecord person(String forename, String surname, String dob) {
        return prepared(person("r", forename, surname, dob).build());
    }

    static List<PreparedRecord> prepareAll(List<LinkageRecord> records) {
        return new LinkageEngine(LinkageSettings.defaults()).prepare(records);
    }
}
