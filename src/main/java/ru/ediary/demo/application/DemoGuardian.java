package ru.ediary.demo.application;

import java.util.List;
import ru.ediary.school.model.PersonName;

/**
 * A guardian of the demo region as the school knows them beyond the journal's GUARDIAN record: the consent
 * decision and the contacts from their written application. {@code email} and {@code phone} may be null.
 *
 * @param phone formatted like {@code +7 911 234-56-78}
 * @param childSourcedIds the STUDENT sourcedIds this guardian is linked to (GUARDIAN_LINK records)
 */
public record DemoGuardian(String sourcedId, PersonName name, DemoConsent consent, String email, String phone,
                           List<String> childSourcedIds) {

    public DemoGuardian {
        childSourcedIds = List.copyOf(childSourcedIds);
    }
}
