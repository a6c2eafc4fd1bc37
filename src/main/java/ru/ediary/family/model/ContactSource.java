package ru.ediary.family.model;

/** Where a contact came from: a written application, an electronic document system, or the guardian in the cabinet. */
public enum ContactSource {
    WRITTEN_APPLICATION, EDO, CABINET
}
