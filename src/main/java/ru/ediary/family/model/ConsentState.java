package ru.ediary.family.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The guardian's current consent, derived from the append-only ledger: the latest decision counts. */
public final class ConsentState {

    private ConsentState() {
    }

    /** One decision of a ledger as far as telling the current one goes. */
    public record Decided(ConsentDecision decision, LocalDate decidedOn, Instant recordedAt) {
    }

    /** The later decision date counts, then the later recording (two decisions of one day: the one entered last). */
    private static final Comparator<Decided> ORDER = Comparator.comparing(Decided::decidedOn)
            .thenComparing(Decided::recordedAt);

    public static Optional<ConsentDecision> current(List<Consent> ledger) {
        return latest(ledger.stream().map(c -> new Decided(c.getDecision(), c.getDecidedOn(), c.getRecordedAt())));
    }

    /** The current decision among a guardian's decisions read as tuples (reports over many guardians). */
    public static Optional<ConsentDecision> latest(Stream<Decided> ledger) {
        return ledger.max(ORDER).map(Decided::decision);
    }
}
