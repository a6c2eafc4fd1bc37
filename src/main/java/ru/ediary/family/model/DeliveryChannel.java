package ru.ediary.family.model;

/** Способ получения информации. */
public enum DeliveryChannel {
    WEB, EMAIL, SMS, PAPER
}
