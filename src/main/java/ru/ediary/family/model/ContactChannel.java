package ru.ediary.family.model;

public enum ContactChannel {
    EMAIL, PHONE
}
