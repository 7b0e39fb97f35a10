/**
 * Load tests an operator runs from a second process against a running Haven on this
 * machine: sign in as real users over HTTP and time the pages people use most.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks", allowedDependencies = {"identity", "platform"})
package haven.bench;
