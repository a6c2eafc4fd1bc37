package ru.ediary.family.model;

/** Кем приходится: мать, отец, опекун, попечитель, иной законный представитель. */
public enum Relation {
    MOTHER, FATHER, GUARDIAN, TRUSTEE, OTHER
}
