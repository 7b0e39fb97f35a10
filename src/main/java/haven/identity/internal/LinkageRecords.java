package haven.identity.internal;

import haven.identity.PersonRecord;
import haven.identity.Sex;
import haven.identity.linkage.LinkageRecord;

/** Turns a stored person record into the linkage engine's input. */
final class LinkageRecords {
    private LinkageRecords() {
    }

    static LinkageRecord of(PersonRecord r) {
        return of(r, null);
    }

    /** The record with where it lives now, when that is known: address, postcode and town count as evidence. */
    static LinkageRecord of(PersonRecord r, haven.identity.HomeAddresses.Home home) {
        String given = r.givenNames() == null ? null : r.givenNames().strip();
        String forename = given == null || given.isEmpty() ? null : given.split("\\s+")[0];
        return LinkageRecord.builder(Long.toString(r.id()))
                .source(Long.toString(r.agencyId()))
                .forename(forename)
                .surname(r.familyName())
                .dateOfBirth(r.dateOfBirth() == null ? null : r.dateOfBirth().toString())
                .sex(r.sex() == Sex.MALE ? "M" : r.sex() == Sex.FEMALE ? "F" : null)
                .nhsNumber(r.nhsNumber())
                .pncId(r.pncId())
                .upn(r.upn())
                .otherId(r.laId())
                .phone(r.phone())
                .email(r.email())
                .sealed(r.sealed())
                .address(home == null ? null : home.addressLine())
                .postcode(home == null ? null : home.postcode())
                .locality(home == null ? null : home.town())
                .build();
    }
}
