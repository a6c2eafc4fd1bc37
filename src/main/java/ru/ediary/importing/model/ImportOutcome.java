package ru.ediary.importing.model;

/** What applying one record did. A deletion of a known record is an update; of an unknown one, unchanged. */
public enum ImportOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
