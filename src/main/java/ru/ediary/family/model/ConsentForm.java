package ru.ediary.family.model;

/** How the decision reached the school: a signed paper, an electronic document system, or the cabinet. */
public enum ConsentForm {
    PAPER, EDO, CABINET
}
