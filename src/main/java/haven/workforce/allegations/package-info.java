/** Allegations against staff and the LADO's outcomes: types other modules may hold (named interface). */
@org.springframework.modulith.NamedInterface("allegations")
package haven.workforce.allegations;
