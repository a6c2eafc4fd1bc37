package ru.ediary.assessment.model;

/** Why a result was late, or is not yet visible. */
public enum PublicationCause {
    /** The journal sent it after the deadline: eDiary could not have published it in time. */
    ARRIVED_LATE,
    /**
     * It reached eDiary in time but was held back here: a guardian who consented to electronic delivery had no
     * usable cabinet account, so the result was not visible to every consenting guardian.
     */
    HELD_BACK
}
