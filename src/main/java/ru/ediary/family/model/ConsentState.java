package ru.ediary.family.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The guardian's current consent, derived from the append-only ledger: the latest decision counts. */
public final class ConsentState {

    private ConsentState() {
    }

    public static Optional<ConsentDecision> current(List<Consent> ledger) {
        return ledger.stream()
                .max(Comparator.comparing(Consent::getDecidedOn).thenComparing(Consent::getRecordedAt))
                .map(Consent::getDecision);
    }
}
