/**
 * Users, agencies, areas and roles; the one place that decides who may see a person's
 * record; the tamper-evident access log of every read of personal data; sign-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {"platform"})
package haven.access;
