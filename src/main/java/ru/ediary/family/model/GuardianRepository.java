package ru.ediary.family.model;

import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.School;

public interface GuardianRepository {

    Optional<Guardian> bySourcedId(School school, String sourcedId);

    /** The consent ledger of a guardian, oldest entry first. */
    List<Consent> consents(Guardian guardian);

    void add(Consent consent);

    void add(ContactPoint contact);

    void add(DeliveryPreference preference);
}
