package ru.ediary.family.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    List<DeliveryPreference> preferences(Guardian guardian);

    Optional<DeliverySchedule> schedule(Guardian guardian);

    /** The guardian's links to students that neither the journal nor staff removed. */
    List<GuardianLink> links(Guardian guardian);

    /** Every standing link of the school with its student and class, for school-wide lists. */
    List<GuardianLink> linksOf(School school);

    List<Guardian> guardiansOf(School school);

    /** Every consent entry of the school's guardians, oldest first. */
    List<Consent> consentsOf(School school);

    List<ContactPoint> contactsOf(School school);

    List<DeliveryPreference> preferencesOf(School school);

    List<DeliverySchedule> schedulesOf(School school);

    Optional<GuardianLink> link(long id);

    Optional<ContactPoint> contact(long id);

    /** How many confirmation codes went to the guardian's contacts of {@code channel} since {@code since}. */
    long confirmationsIssuedSince(Guardian guardian, ContactChannel channel, Instant since);

    /** The newest confirmation code issued for the contact. */
    Optional<ContactConfirmation> latestConfirmation(ContactPoint contact);

    /** Guardians whose latest consent decision is a withdrawal recorded before {@code cutoff}. */
    List<Long> withdrawnBefore(Instant cutoff);

    /** Deletes the guardian's contact addresses and their confirmations; how many addresses were deleted. */
    int forgetContacts(long guardianId);

    void add(Guardian guardian);

    void add(GuardianLink link);

    void add(ContactConfirmation confirmation);

    void remove(DeliveryPreference preference);

    void add(Consent consent);

    void add(ContactPoint contact);

    void add(DeliveryPreference preference);

    void add(DeliverySchedule schedule);

    /** Guardian id → school id, of every guardian of a region's schools. */
    Map<Long, Long> schoolsOfGuardians(long regionId);

    /** Every consent decision of a region's guardians, by guardian id. */
    Map<Long, List<ConsentState.Decided>> decisionsInRegion(long regionId);

    /** The channels each of a region's guardians chose, by guardian id (none chosen: absent). */
    Map<Long, Set<DeliveryChannel>> chosenChannelsInRegion(long regionId);
}
