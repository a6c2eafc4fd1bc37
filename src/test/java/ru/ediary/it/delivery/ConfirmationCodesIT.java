package ru.ediary.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.delivery.model.MessageStatus;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.delivery.model.OutboxQuery;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.platform.Refusal;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Confirmation codes: a region's Friday digests must not hold up a guardian waiting at the screen for one (with
 * thousands of digests queued and due, a code asked for afterwards is sent within seconds, ahead of them, and
 * arrives by real SMTP); a sent code is not kept in clear; and the "add phone" form cannot be used to send paid SMS
 * without end. (In a school of its own.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfirmationCodesIT {

    private static final String SCHOOL = "it-codes-first";
    private static final int DIGESTS = 3000;
    private static final String DIGEST_ADDRESS = "digest.reader@codes.test";
    private static final String NEW_ADDRESS = "new.address@codes.test";
    /** "Within seconds": without priority the code would wait behind every digest (minutes). */
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ConfirmationCodesIT.class, FamilyFixtures.class,
                FamilyFixtures.Family.class, ServerClock.class, TestSchool.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    JournalImport journalImport;

    @Inject
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @Inject
    ContactBook contacts;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Test
    @Order(1)
    @RunAsClient
    void theMailServerListens() {
        ProtocolServers.start();
    }

    @Test
    @Order(2)
    void aCodeAskedForBehindThousandsOfDueDigestsIsSentWithinSeconds() throws Exception {
        long schoolId = TestSchool.create(registry, SCHOOL);
        List<ImportResult> results = journalImport.applyAll(schoolId, FamilyFixtures.journal());
        results.forEach(r -> assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message()));
        long[] ids = TestSchool.inTransaction(() -> {
            School school = schools.school(schoolId).orElseThrow();
            Guardian g = guardians.bySourcedId(school, FamilyFixtures.PETROV.guardian()).orElseThrow();
            consents.record(g, ConsentDecision.GIVEN, ConsentForm.PAPER, ServerClock.today(), "Заявление № 1", "it");
            contacts.addDocumented(g, ContactChannel.EMAIL, DIGEST_ADDRESS, ContactSource.WRITTEN_APPLICATION,
                    "Заявление № 1", "it", null);
            return new long[] {g.getId(), guardians.links(g).get(0).getStudent().getId()};
        });
        long guardianId = ids[0];
        long studentId = ids[1];
        Instant queued = clock.instant();
        TestSchool.inTransaction(() -> {
            for (int n = 0; n < DIGESTS; n++) {
                outbox.add(new OutboxMessage("it-digest:" + schoolId + ":" + n, schoolId, guardianId, studentId,
                        DeliveryChannel.EMAIL, NotificationKind.WEEKLY_SUMMARY, null, "Итоги недели: Илья Петров",
                        "Итоги недели № " + n, queued, queued));
            }
            return null;
        });

        long asked = System.nanoTime();
        contacts.requestInCabinet(guardianId, ContactChannel.EMAIL, NEW_ADDRESS, "it", "127.0.0.1");
        Duration waited = null;
        while (Duration.ofNanos(System.nanoTime() - asked).compareTo(Duration.ofSeconds(60)) < 0) {
            if (codeSent(schoolId, guardianId)) {
                waited = Duration.ofNanos(System.nanoTime() - asked);
                break;
            }
            Thread.sleep(100);
        }
        int stillQueued = outbox.find(new OutboxQuery(schoolId, guardianId, DeliveryChannel.EMAIL,
                MessageStatus.PENDING, DIGESTS)).size();
        System.out.println("ConfirmationCodesIT: the code was sent " + (waited == null ? "not within 60 s"
                : waited.toMillis() + " ms") + " after it was asked for, with " + stillQueued + " of " + DIGESTS
                + " digests queued before it still waiting");
        dropWaitingDigests(schoolId, guardianId);

        assertTrue(waited != null && waited.compareTo(WITHIN) < 0, "the code is sent within " + WITHIN);
        assertTrue(stillQueued > 0, "the code went ahead of digests that were due before it");
        for (OutboxMessage sent : outbox.find(new OutboxQuery(schoolId, guardianId, DeliveryChannel.EMAIL,
                MessageStatus.SENT, DIGESTS + 10))) {
            if (sent.getKind() == NotificationKind.CONFIRMATION_CODE) {
                assertFalse(Pattern.compile("\\d{6}").matcher(sent.getBody()).find(),
                        "a sent code is not kept in clear: " + sent.getBody());
            }
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCodeArrivesByMail() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        List<MimeMessage> mails = ProtocolServers.mailTo(NEW_ADDRESS);
        while (mails.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            mails = ProtocolServers.mailTo(NEW_ADDRESS);
        }
        assertEquals(1, mails.size(), "one code to the new address");
        String text = String.valueOf(((jakarta.mail.Multipart) mails.get(0).getContent()).getBodyPart(0).getContent());
        assertTrue(Pattern.compile("\\b\\d{6}\\b").matcher(text).find(), text);
    }

    @Test
    @Order(4)
    void aGuardianGetsAtMostThreeSmsCodesADay() throws Exception {
        long schoolId = TestSchool.create(registry, SCHOOL);
        long guardianId = TestSchool.inTransaction(() -> guardians.bySourcedId(schools.school(schoolId).orElseThrow(),
                FamilyFixtures.SOKOLOVA_MOTHER.guardian()).orElseThrow().getId());
        for (int n = 1; n <= 3; n++) {
            contacts.requestInCabinet(guardianId, ContactChannel.PHONE, "+7912555000" + n, "it", "127.0.0.1");
        }
        Refusal limit = assertThrows(Refusal.class, () -> contacts.requestInCabinet(guardianId, ContactChannel.PHONE,
                "+79125550004", "it", "127.0.0.1"));
        assertEquals("contact.code.dailyLimit", limit.messageKey());
        long phones = TestSchool.inTransaction(() -> guardians.contacts(guardians.byId(guardianId).orElseThrow())
                .stream().filter(c -> c.getChannel() == ContactChannel.PHONE).count());
        assertEquals(3, phones, "the refused number was not added");
        contacts.requestInCabinet(guardianId, ContactChannel.EMAIL, "sokolova.m@codes.test", "it", "127.0.0.1");
    }

    private boolean codeSent(long schoolId, long guardianId) {
        List<OutboxMessage> sent = outbox.find(new OutboxQuery(schoolId, guardianId, DeliveryChannel.EMAIL,
                MessageStatus.SENT, DIGESTS + 10));
        for (OutboxMessage message : sent) {
            if (message.getKind() == NotificationKind.CONFIRMATION_CODE) {
                return true;
            }
        }
        return false;
    }

    /** The digests were only ballast: drop the ones not sent yet, so the mail server is not kept busy after. */
    private void dropWaitingDigests(long schoolId, long guardianId) throws Exception {
        TestSchool.inTransaction(() -> {
            Instant now = clock.instant();
            for (OutboxMessage waiting : outbox.find(new OutboxQuery(schoolId, guardianId, DeliveryChannel.EMAIL,
                    MessageStatus.PENDING, DIGESTS))) {
                if (outbox.claim(waiting.getId(), "it-cleanup", now, now.plusSeconds(60))) {
                    outbox.markDropped(waiting.getId(), "it-cleanup", "test ballast", now);
                }
            }
            return null;
        });
    }
}
