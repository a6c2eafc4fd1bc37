package ru.ediary.reporting.model;

/**
 * The guardians of a school by their current decision on the processing of personal data, and how many of them
 * receive paper extracts (for any reason: no consent, no account, or their own choice).
 */
public record ConsentCoverage(long guardians, long given, long refused, long withdrawn, long noAnswer, long onPaper) {

    public static final ConsentCoverage NONE = new ConsentCoverage(0, 0, 0, 0, 0, 0);

    public ConsentCoverage plus(ConsentCoverage o) {
        return new ConsentCoverage(guardians + o.guardians, given + o.given, refused + o.refused,
                withdrawn + o.withdrawn, noAnswer + o.noAnswer, onPaper + o.onPaper);
    }

    public long getGuardians() { return guardians; }
    public long getGiven() { return given; }
    public long getRefused() { return refused; }
    public long getWithdrawn() { return withdrawn; }
    public long getNoAnswer() { return noAnswer; }
    public long getOnPaper() { return onPaper; }
}
