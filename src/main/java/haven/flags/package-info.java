/**
 * Warning markers on people and locations, visible wherever the subject appears, with the
 * least detail that keeps a child safe and the owner to ask for more.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Flags", allowedDependencies = {"access", "platform"})
package haven.flags;
