package ru.ediary.family.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consent and eligibility rules, over every combination of consent state, account, contact state and chosen
 * channels: the one answer the cabinet, notifications and paper extracts rely on.
 */
class DeliveryPlanTest {

    private static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

    /** How an address of one kind stands. */
    enum Stand { NONE, UNCONFIRMED, CONFIRMED, REMOVED }

    private final Guardian guardian = new Guardian();

    @Test
    void everyCombinationFollowsTheRules() {
        List<ConsentDecision> consents = new ArrayList<>(Arrays.asList(ConsentDecision.values()));
        consents.add(null);
        int cases = 0;
        for (ConsentDecision consent : consents) {
            for (boolean account : new boolean[] {true, false}) {
                for (Stand email : Stand.values()) {
                    for (Stand phone : Stand.values()) {
                        for (Set<DeliveryChannel> chosen : allChoices()) {
                            check(consent, account, email, phone, chosen);
                            cases++;
                        }
                    }
                }
            }
        }
        assertEquals(4 * 2 * 4 * 4 * 16, cases);
    }

    private void check(ConsentDecision consent, boolean account, Stand email, Stand phone,
                       Set<DeliveryChannel> chosen) {
        List<ContactPoint> contacts = new ArrayList<>();
        contact(contacts, ContactChannel.EMAIL, "mama@example.ru", email);
        contact(contacts, ContactChannel.PHONE, "+79111234567", phone);
        DeliveryPlan plan = DeliveryPlan.decide(consent, account, chosen, contacts, QuietHours.NONE);
        String why = consent + ", account " + account + ", e-mail " + email + ", phone " + phone + ", chose " + chosen;
        boolean given = consent == ConsentDecision.GIVEN;
        boolean wantsEmail = chosen.isEmpty() || chosen.contains(DeliveryChannel.EMAIL);
        boolean wantsSms = chosen.isEmpty() || chosen.contains(DeliveryChannel.SMS);

        assertEquals(given, plan.isConsentGiven(), why);
        assertEquals(given && account, plan.isCabinetOpen(), "cabinet: " + why);
        assertEquals(given && wantsEmail && email == Stand.CONFIRMED, plan.allows(DeliveryChannel.EMAIL),
                "e-mail: " + why);
        assertEquals(given && wantsSms && phone == Stand.CONFIRMED, plan.allows(DeliveryChannel.SMS), "SMS: " + why);
        assertEquals(plan.allows(DeliveryChannel.EMAIL) ? Optional.of("mama@example.ru") : Optional.empty(),
                plan.email(), why);
        assertEquals(plan.allows(DeliveryChannel.SMS) ? Optional.of("+79111234567") : Optional.empty(), plan.phone(),
                why);
        boolean paper = !given || !account || chosen.contains(DeliveryChannel.PAPER);
        assertEquals(paper, plan.isOnPaperList(), "paper: " + why);
        assertEquals(paper, plan.allows(DeliveryChannel.PAPER), why);
        if (!given) {
            assertTrue(Set.of(DeliveryChannel.PAPER).containsAll(plan.getChannels()),
                    "without consent nothing goes out electronically: " + why);
        }
    }

    @Test
    void thePaperReasonSaysWhy() {
        assertEquals(PaperReason.CONSENT_MISSING, plan(null, true, Set.of()).getPaperReason());
        assertEquals(PaperReason.CONSENT_REFUSED, plan(ConsentDecision.REFUSED, true, Set.of()).getPaperReason());
        assertEquals(PaperReason.CONSENT_WITHDRAWN,
                plan(ConsentDecision.WITHDRAWN, true, Set.of(DeliveryChannel.PAPER)).getPaperReason());
        assertEquals(PaperReason.NO_ACCOUNT, plan(ConsentDecision.GIVEN, false, Set.of()).getPaperReason());
        assertEquals(PaperReason.CHOSEN,
                plan(ConsentDecision.GIVEN, true, Set.of(DeliveryChannel.PAPER)).getPaperReason());
        assertFalse(plan(ConsentDecision.GIVEN, true, Set.of(DeliveryChannel.WEB)).isOnPaperList());
    }

    @Test
    void theNewestConfirmedAddressIsTheOneUsed() {
        ContactPoint old = new ContactPoint(guardian, ContactChannel.EMAIL, "old@example.ru",
                ContactSource.WRITTEN_APPLICATION, "Заявление № 1", T);
        old.confirm(T);
        ContactPoint newer = new ContactPoint(guardian, ContactChannel.EMAIL, "new@example.ru",
                ContactSource.CABINET, null, T.plusSeconds(60));
        newer.confirm(T.plusSeconds(120));
        ContactPoint unconfirmed = new ContactPoint(guardian, ContactChannel.EMAIL, "typo@example.ru",
                ContactSource.CABINET, null, T.plusSeconds(300));
        DeliveryPlan plan = DeliveryPlan.decide(ConsentDecision.GIVEN, true, Set.of(),
                List.of(old, newer, unconfirmed), null);
        assertEquals(Optional.of("new@example.ru"), plan.email());
        assertTrue(plan.getQuietHours().isNone(), "no schedule means no quiet hours");
    }

    private DeliveryPlan plan(ConsentDecision consent, boolean account, Set<DeliveryChannel> chosen) {
        return DeliveryPlan.decide(consent, account, chosen, List.of(), new QuietHours(LocalTime.of(22, 0),
                LocalTime.of(7, 0)));
    }

    private void contact(List<ContactPoint> contacts, ContactChannel channel, String address, Stand stand) {
        if (stand == Stand.NONE) {
            return;
        }
        ContactPoint contact = new ContactPoint(guardian, channel, address, ContactSource.CABINET, null, T);
        if (stand != Stand.UNCONFIRMED) {
            contact.confirm(T.plusSeconds(30));
        }
        if (stand == Stand.REMOVED) {
            contact.deactivate();
        }
        contacts.add(contact);
    }

    private static List<Set<DeliveryChannel>> allChoices() {
        List<Set<DeliveryChannel>> all = new ArrayList<>();
        DeliveryChannel[] channels = DeliveryChannel.values();
        for (int mask = 0; mask < 1 << channels.length; mask++) {
            Set<DeliveryChannel> set = EnumSet.noneOf(DeliveryChannel.class);
            for (int i = 0; i < channels.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(channels[i]);
                }
            }
            all.add(set);
        }
        return all;
    }
}
