package ru.ediary.demo.application;

/**
 * What a demo guardian answered to the request for consent to the processing of personal data (согласие на
 * обработку персональных данных). Consent is not a journal record kind, so the demo loader records it itself.
 */
public enum DemoConsent {
    /** Согласие дано: the guardian may use the cabinet and receive e-mail/SMS. */
    GIVEN,
    /** Отказ: the guardian is served on paper only. */
    REFUSED,
    /** No answer yet: no electronic delivery, listed for paper extracts. */
    UNANSWERED
}
