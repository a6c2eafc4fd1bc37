package ru.ediary.family.model;

/** Why a guardian must receive paper extracts (the paper list of the school office). */
public enum PaperReason {
    /** В согласии отказано. */
    CONSENT_REFUSED,
    /** Согласие отозвано. */
    CONSENT_WITHDRAWN,
    /** No answer to the request for consent yet: nothing personal may go out electronically. */
    CONSENT_MISSING,
    /** Consent given, but no cabinet account. */
    NO_ACCOUNT,
    /** The guardian chose paper. */
    CHOSEN
}
