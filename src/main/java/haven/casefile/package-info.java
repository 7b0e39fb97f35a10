/**
 * What a practitioner sees of a person or a place: search, the person page (flags, key
 * facts with their sources, the chronology across agencies, links, the network and who
 * has looked) and the location page, for pages and the API. Every read goes through the
 * access policy and into the access log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case file",
        allowedDependencies = {"access", "identity", "network", "flags", "platform"})
package haven.casefile;
