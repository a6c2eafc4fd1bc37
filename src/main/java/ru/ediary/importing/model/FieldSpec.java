package ru.ediary.importing.model;

/** A field a record of some kind may carry; required ones must be present and non-blank. */
public record FieldSpec(String name, boolean required) {

    public static FieldSpec req(String name) {
        return new FieldSpec(name, true);
    }

    public static FieldSpec opt(String name) {
        return new FieldSpec(name, false);
    }
}
