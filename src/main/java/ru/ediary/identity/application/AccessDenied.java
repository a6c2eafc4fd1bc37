package ru.ediary.identity.application;

/** «Нет доступа»: the signed-in account asked for a child it may not see. The web layer answers HTTP 403. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
