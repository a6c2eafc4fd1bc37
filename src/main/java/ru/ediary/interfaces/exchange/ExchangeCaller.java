package ru.ediary.interfaces.exchange;

/** The journal account a SOAP call was authenticated as, and the one school it may write to. */
record ExchangeCaller(String login, long schoolId, String schoolCode) {
}
