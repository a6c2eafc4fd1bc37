package ru.ediary.interfaces.exchange;

/** The journal exchange's guard: a journal account, and a message valid against journal-exchange.xsd. */
public class JournalAccountHandler extends ServiceGuard {

    public JournalAccountHandler() {
        super(SoapService.JOURNAL_EXCHANGE);
    }
}
