package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.audit.application.AuditLog;

/** Guardians' e-mail addresses and phone numbers, each with where it came from. */
@ApplicationScoped
public class ContactBook {

    private final Clock clock = Clock.systemUTC();

    @Inject
    GuardianRepository guardians;

    @Inject
    AuditLog audit;

    /**
     * A contact from a signed written application or an electronic document system: the document itself is the
     * confirmation, so it is usable at once.
     */
    @Transactional
    public ContactPoint addDocumented(Guardian guardian, ContactChannel channel, String address, ContactSource source,
                                      String documentRef, String recordedBy) {
        if (source == ContactSource.CABINET || documentRef == null || documentRef.isBlank()) {
            throw new IllegalArgumentException("a documented contact needs its document reference");
        }
        ContactPoint contact = new ContactPoint(guardian, channel, address, source, documentRef, clock.instant());
        contact.confirm(clock.instant());
        guardians.add(contact);
        audit.record(recordedBy, "CONTACT_ADDED", guardian.getSchool().getId(), "guardian:" + guardian.getSourcedId(),
                channel + " from " + source + ", " + documentRef, null);
        return contact;
    }
}
