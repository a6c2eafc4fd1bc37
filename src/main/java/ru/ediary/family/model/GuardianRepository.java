package ru.ediary.family.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.ediary.school.model.School;

public interface GuardianRepository {

    Optional<Guardian> byId(long id);

    Optional<Guardian> bySourcedId(School school, String sourcedId);

    /** The consent ledger of a guardian, oldest entry first. */
    List<Consent> consents(Guardian guardian);

    /** Every contact point of the guardian, active or not, oldest first. */
    List<ContactPoint> contacts(Guardian guardian);

    Set<DeliveryChannel> chosenChannels(Guardian guardian);

    Optional<DeliverySchedule> schedule(Guardian guardian);

    /** The guardian's links to students that neither the journal nor staff removed. */
    List<GuardianLink> links(Guardian guardian);

    void add(Consent consent);

    void add(ContactPoint contact);

    void add(DeliveryPreference preference);

    void add(DeliverySchedule schedule);
}
