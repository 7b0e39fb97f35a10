/** Staff records and the safer-recruitment gates REC-01 and REC-02: types other modules may hold (named interface). */
@org.springframework.modulith.NamedInterface("recruitment")
package haven.workforce.recruitment;
