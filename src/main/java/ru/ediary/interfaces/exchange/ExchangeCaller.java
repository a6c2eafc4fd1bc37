package ru.ediary.interfaces.exchange;

/** The journal account a SOAP call was authenticated as, and the one school it may write to. */
record ExchangeCaller(String login, long schoolId, String schoolCode) {

    /** Where the security handler leaves the caller for the endpoint (message context, application scope). */
    static final String PROPERTY = "ru.ediary.exchange.caller";
}
