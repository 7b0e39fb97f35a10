/**
 * The shared kernel every module may use: the injected clock, the embedded database,
 * the page layout and navigation, API problem documents, demo-data and command-line
 * extension points. It owns no personal data and no domain rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package haven.platform;
