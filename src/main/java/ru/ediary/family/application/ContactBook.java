package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.family.model.ConfirmationCodeSender;
import ru.ediary.family.model.ConfirmationOutcome;
import ru.ediary.family.model.ContactAddress;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactConfirmation;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.platform.Refusal;
import ru.ediary.platform.Sha256;

/**
 * Guardians' e-mail addresses and phone numbers, each with where it came from. A contact from a signed application
 * or an electronic document system is confirmed by that document; one the guardian enters in the cabinet only by a
 * one-time code sent to it.
 */
@ApplicationScoped
public class ContactBook {

    /** A new code for the same contact is sent no sooner than this, so the form cannot be used to flood a phone. */
    static final Duration RESEND_PAUSE = Duration.ofSeconds(60);
    /**
     * At most this many codes by SMS per guardian and day, whatever the numbers: each SMS costs the school money, and
     * an "add phone" form without a limit lets anyone send paid messages to any number (SMS pumping).
     */
    static final int SMS_CODES_PER_DAY = 3;

    @Inject
    Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    GuardianRepository guardians;

    @Inject
    ConfirmationCodeSender codes;

    @Inject
    AuditLog audit;

    /** Staff enter a contact from a written application or an electronic document system. */
    @Transactional
    public ContactPoint addDocumented(long schoolId, long guardianId, ContactChannel channel, String address,
                                      ContactSource source, String documentRef, String actor, String remoteAddress) {
        return addDocumented(SchoolGuardians.require(guardians, schoolId, guardianId), channel, address, source,
                documentRef, actor, remoteAddress);
    }

    @Transactional
    public ContactPoint addDocumented(Guardian guardian, ContactChannel channel, String address, ContactSource source,
                                      String documentRef, String actor, String remoteAddress) {
        if (source == null || source == ContactSource.CABINET) {
            throw new Refusal("contact.source.required");
        }
        if (documentRef == null || documentRef.isBlank()) {
            throw new Refusal("contact.document.required");
        }
        if (documentRef.trim().length() > 200) {
            throw new Refusal("consent.document.tooLong");
        }
        String canonical = canonical(channel, address);
        Instant now = clock.instant();
        ContactPoint contact = new ContactPoint(guardian, channel, canonical, source, documentRef.trim(), now);
        contact.confirm(now);
        guardians.add(contact);
        audit.record(actor, "CONTACT_ADDED", guardian.getSchool().getId(), SchoolGuardians.ref(guardian),
                channel + " " + canonical + ", " + source + ", " + documentRef.trim(), remoteAddress);
        return contact;
    }

    /**
     * The guardian enters an address in the cabinet: it is kept unconfirmed, and a one-time code goes to it. Asking
     * again for the same address sends a new code (after a pause) instead of adding it twice.
     */
    @Transactional
    public ContactPoint requestInCabinet(long guardianId, ContactChannel channel, String address, String actor,
                                         String remoteAddress) {
        Guardian guardian = guardians.byId(guardianId).orElseThrow(() -> new Refusal("guardian.unknown", guardianId));
        String canonical = canonical(channel, address);
        Instant now = clock.instant();
        Optional<ContactPoint> known = guardians.contacts(guardian).stream()
                .filter(c -> c.isActive() && c.getChannel() == channel && c.getAddress().equals(canonical))
                .findFirst();
        if (known.isPresent() && known.get().isConfirmed()) {
            throw new Refusal("contact.duplicate", canonical);
        }
        if (channel == ContactChannel.PHONE && guardians.confirmationsIssuedSince(guardian, ContactChannel.PHONE,
                LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant()) >= SMS_CODES_PER_DAY) {
            throw new Refusal("contact.code.dailyLimit", SMS_CODES_PER_DAY);
        }
        ContactPoint contact = known.orElseGet(() -> {
            ContactPoint added = new ContactPoint(guardian, channel, canonical, ContactSource.CABINET, null, now);
            guardians.add(added);
            return added;
        });
        if (known.isPresent()) {
            Optional<ContactConfirmation> last = guardians.latestConfirmation(contact);
            if (last.isPresent() && now.isBefore(last.get().getIssuedAt().plus(RESEND_PAUSE))) {
                throw new Refusal("contact.code.tooSoon");
            }
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        guardians.add(new ContactConfirmation(contact, hash(code, canonical), now));
        codes.send(contact, code);
        audit.record(actor, "CONTACT_CODE_SENT", guardian.getSchool().getId(), SchoolGuardians.ref(guardian),
                channel + " " + canonical, remoteAddress);
        return contact;
    }

    /** The guardian types the code they received; a wrong guess counts against the code's few attempts. */
    @Transactional
    public ConfirmationOutcome confirm(long guardianId, long contactId, String code, String actor,
                                       String remoteAddress) {
        ContactPoint contact = guardians.contact(contactId)
                .filter(c -> c.getGuardian().getId() == guardianId && c.isActive())
                .orElseThrow(() -> new Refusal("contact.unknown"));
        if (contact.isConfirmed()) {
            return ConfirmationOutcome.USED;
        }
        ConfirmationOutcome outcome = guardians.latestConfirmation(contact)
                .map(c -> c.attempt(hash(code == null ? "" : code.trim(), contact.getAddress()), clock.instant()))
                .orElse(ConfirmationOutcome.NO_CODE);
        audit.record(actor, outcome == ConfirmationOutcome.CONFIRMED ? "CONTACT_CONFIRMED" : "CONTACT_CODE_REJECTED",
                contact.getSchool().getId(), SchoolGuardians.ref(contact.getGuardian()),
                contact.getChannel() + " " + contact.getAddress() + ": " + outcome, remoteAddress);
        return outcome;
    }

    /** The guardian removes one of their contacts; it is never used again (the row stays, for the history). */
    @Transactional
    public void removeInCabinet(long guardianId, long contactId, String actor, String remoteAddress) {
        ContactPoint contact = guardians.contact(contactId).filter(c -> c.getGuardian().getId() == guardianId)
                .orElseThrow(() -> new Refusal("contact.unknown"));
        remove(contact, actor, remoteAddress);
    }

    /** Staff remove a contact of a guardian of their school (e.g. on a written application). */
    @Transactional
    public void removeByStaff(long schoolId, long contactId, String actor, String remoteAddress) {
        ContactPoint contact = guardians.contact(contactId).filter(c -> c.getSchool().getId() == schoolId)
                .orElseThrow(() -> new Refusal("contact.unknown"));
        remove(contact, actor, remoteAddress);
    }

    private void remove(ContactPoint contact, String actor, String remoteAddress) {
        if (!contact.isActive()) {
            return;
        }
        contact.deactivate();
        audit.record(actor, "CONTACT_REMOVED", contact.getSchool().getId(), SchoolGuardians.ref(contact.getGuardian()),
                contact.getChannel() + " " + contact.getAddress(), remoteAddress);
    }

    private static String canonical(ContactChannel channel, String address) {
        if (channel == null) {
            throw new Refusal("contact.channel.required");
        }
        return ContactAddress.canonical(channel, address).orElseThrow(() -> new Refusal(
                channel == ContactChannel.EMAIL ? "contact.email.invalid" : "contact.phone.invalid",
                address == null ? "" : address.trim()));
    }

    /** Only a digest of the code is kept, salted with the address it was sent to. */
    static String hash(String code, String address) {
        return Sha256.hex(code + "\n" + address);
    }
}
