package ru.ediary.reporting.model;

/** Messages of the period's dates: e-mails and SMS sent, and messages given up on (dead). Counts of messages. */
public record DeliveryCounts(long emailsSent, long smsSent, long dead) {

    public static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0);

    public DeliveryCounts plus(DeliveryCounts o) {
        return new DeliveryCounts(emailsSent + o.emailsSent, smsSent + o.smsSent, dead + o.dead);
    }

    public long getEmailsSent() { return emailsSent; }
    public long getSmsSent() { return smsSent; }
    public long getDead() { return dead; }
}
