package ru.ediary.family.model;

public enum ConfirmationOutcome {
    CONFIRMED, WRONG_CODE, EXPIRED, USED, TOO_MANY_ATTEMPTS, NO_CODE
}
