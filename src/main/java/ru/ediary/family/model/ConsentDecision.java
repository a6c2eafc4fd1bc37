package ru.ediary.family.model;

/** Согласие дано, в согласии отказано, согласие отозвано. */
public enum ConsentDecision {
    GIVEN, REFUSED, WITHDRAWN
}
