package ru.ediary.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.delivery.application.DigestComposer;
import ru.ediary.delivery.application.NotificationSettings;
import ru.ediary.delivery.application.OutboxDispatcher;
import ru.ediary.delivery.application.OutboxLedger;
import ru.ediary.delivery.application.OutboxReview;
import ru.ediary.delivery.model.Coalescing;
import ru.ediary.delivery.model.MessageStatus;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.delivery.model.NoticeText;
import ru.ediary.delivery.model.OutboxQuery;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliverySchedule;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.family.model.QuietHours;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.BatchRecords;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.MarkRecord;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.it.delivery.FamilyFixtures.Family;
import ru.ediary.it.exchange.JournalClient;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Notifications end to end, against a real SMTP server (GreenMail) and a real SMSC (jsmpp) that the test server is
 * configured to send to: the journal sends marks through the SOAP exchange, guardians receive (or, rightly, do not
 * receive) e-mail and SMS. Methods without {@code @RunAsClient} run inside Liberty, where they set up consents and
 * contacts and look at the outbox; the others run beside the protocol servers. They build on each other in order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationDeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String COMMENT = "Отличная работа: аккуратное оформление и все задачи решены верно";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(NotificationDeliveryIT.class, FamilyFixtures.class,
                FamilyFixtures.Family.class, ServerClock.class, TestSchool.class, ProtocolServersNames.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    JournalImport journalImport;

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @Inject
    ContactBook contacts;

    @Inject
    NotificationSettings settings;

    @Inject
    OutboxReview review;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    OutboxLedger ledger;

    @Inject
    DigestComposer digests;

    @Inject
    Clock clock;

    @Inject
    AccountRegistry accounts;

    @Inject
    AuditBrowser staffAudit;

    // ---------------------------------------------------------------------------------------------------------------
    // Set-up inside the server: the journal's families, then what the school office registered for them

    @Test
    @Order(1)
    void theOfficeRegistersConsentsContactsAndChoices() throws Exception {
        long school = TestSchool.create(registry, FamilyFixtures.SCHOOL);
        List<ImportResult> results = journalImport.applyAll(school, FamilyFixtures.journal());
        results.forEach(r -> assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message()));

        given(FamilyFixtures.SOKOLOVA_MOTHER, "maria.sokolova@family.test", "+79110000001");
        sms(FamilyFixtures.SOKOLOVA_MOTHER, NotificationKind.MARK);
        given(FamilyFixtures.SOKOLOVA_FATHER, "igor.sokolov@family.test", null);
        inTransaction(() -> {
            Guardian aunt = guardian(FamilyFixtures.SOKOLOVA_AUNT);
            contacts.addDocumented(aunt, ContactChannel.EMAIL, "vera.sokolova@family.test",
                    ContactSource.WRITTEN_APPLICATION, "Заявление № 903", "dlv-test", null);
            consents.record(aunt, ConsentDecision.REFUSED, ConsentForm.PAPER, FamilyFixtures.today(),
                    "Заявление № 903", "dlv-test");
            return null;
        });
        given(FamilyFixtures.PETROV, "olga.petrova@family.test", null);
        given(FamilyFixtures.IVANOV, "nina.ivanova@@family.test", null);
        given(FamilyFixtures.KUZNETSOV, null, "+" + ProtocolServersNames.UNROUTABLE);
        sms(FamilyFixtures.KUZNETSOV, NotificationKind.MARK);
        given(FamilyFixtures.SMIRNOVA, "pavel.smirnov@family.test", null);
        given(FamilyFixtures.VOLKOV, "elena.volkova@family.test", null);
        inTransaction(() -> {
            guardians.add(new DeliverySchedule(guardian(FamilyFixtures.VOLKOV),
                    new QuietHours(LocalTime.MIDNIGHT, LocalTime.of(23, 59))));
            return null;
        });
        given(FamilyFixtures.MOROZOVA, "andrey.morozov@family.test", null);
        inTransaction(() -> {
            School own = schools.school(school).orElseThrow();
            accounts.create(FamilyFixtures.STAFF, (FamilyFixtures.STAFF + FamilyFixtures.PASSWORD_SUFFIX).toCharArray(),
                    "Секретарь", Set.of(Role.SCHOOL_ADMIN), own, null, null, null, "dlv-test");
            accounts.create(FamilyFixtures.PARENT, (FamilyFixtures.PARENT + FamilyFixtures.PASSWORD_SUFFIX)
                    .toCharArray(), "Смирнов Павел Андреевич", Set.of(Role.PARENT), own, null,
                    guardian(FamilyFixtures.SMIRNOVA), null, "dlv-test");
            accounts.create(FamilyFixtures.JOURNAL, (FamilyFixtures.JOURNAL + FamilyFixtures.PASSWORD_SUFFIX)
                    .toCharArray(), "Электронный журнал", Set.of(Role.JOURNAL), own, null, null, null, "dlv-test");
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The path a guardian relies on

    @Test
    @Order(2)
    @RunAsClient
    void aMarkFromTheJournalReachesEveryEligibleGuardianOnceAndNobodyElse() throws Exception {
        ProtocolServers.start();
        submit(mark("dlv-m1", FamilyFixtures.SOKOLOVA_MOTHER, 1, "5", COMMENT));

        MimeMessage mother = awaitOne("maria.sokolova@family.test");
        MimeMessage father = awaitOne("igor.sokolov@family.test");
        List<String> sms = awaitTexts("79110000001", 1);
        Thread.sleep(6000); // two more coalescing windows: nothing else may arrive
        // Whatever the day and hour: a weekly digest may come too (a Friday evening), a second notice never may.
        assertEquals(1, notices(ProtocolServers.mailTo("maria.sokolova@family.test")), "one e-mail, not two");
        assertEquals(1, notices(ProtocolServers.mailTo("igor.sokolov@family.test")));
        assertEquals(0, ProtocolServers.mailTo("vera.sokolova@family.test").size(),
                "a guardian who refused consent gets nothing, though her address is known");
        assertEquals(1, ProtocolServers.smsc().textsTo("79110000001").size());

        String date = FamilyFixtures.today().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String line = "Математика, " + date + " — оценка 5 (контрольная работа), комментарий учителя: «" + COMMENT + "»";
        assertEquals("Новые оценки: Анна Соколова (" + FamilyFixtures.CLASS_NAME + ")", mother.getSubject());
        assertTrue(mother.getContentType().startsWith("multipart/alternative"), mother.getContentType());
        Multipart parts = (Multipart) mother.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).getContentType().toLowerCase().contains("text/plain; charset=utf-8"),
                parts.getBodyPart(0).getContentType());
        assertTrue(parts.getBodyPart(1).getContentType().toLowerCase().startsWith("text/html"));
        String text = (String) parts.getBodyPart(0).getContent();
        assertTrue(text.startsWith("Здравствуйте, Соколова Мария Павловна!"), text);
        assertTrue(text.contains("Соколова Анна, " + FamilyFixtures.CLASS_NAME + " класс:\n— " + line + "\n"), text);
        assertTrue(((String) parts.getBodyPart(1).getContent()).contains("<li>" + line.replace("«", "«") + "</li>"));
        assertTrue(((String) father.getContent().toString()).length() > 0);
        assertTrue(mother.getMessageID().endsWith("@ediary>"), mother.getMessageID());

        assertEquals("Анна: " + line, sms.get(0));
        List<TestSmsc.Submitted> submitted = ProtocolServers.smsc().to("79110000001");
        assertTrue(submitted.size() > 1, "a text over 70 characters goes as concatenated parts");
        for (int i = 0; i < submitted.size(); i++) { // a loop, not a lambda: the server must not resolve TestSmsc
            assertEquals(0x08, submitted.get(i).dataCoding(), "UCS2");
            assertTrue(submitted.get(i).udhi(), "parts carry a user data header");
        }
        assertTrue(ProtocolServers.smsc().textsTo("79110000002").isEmpty());
    }

    @Test
    @Order(3)
    @RunAsClient
    void thirtyMarksInOneBatchAndFiveMoreJustAfterMakeOneMessage() throws Exception {
        List<MarkRecord> burst = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            burst.add(mark("dlv-burst-" + n, FamilyFixtures.PETROV, n, String.valueOf(2 + n % 4), null));
        }
        submit(burst.toArray(MarkRecord[]::new));
        List<MarkRecord> more = new ArrayList<>();
        for (int n = 31; n <= 35; n++) {
            more.add(mark("dlv-burst-" + n, FamilyFixtures.PETROV, n, "4", null));
        }
        submit(more.toArray(MarkRecord[]::new));

        MimeMessage one = awaitOne("olga.petrova@family.test");
        Thread.sleep(8000);
        assertEquals(1, notices(ProtocolServers.mailTo("olga.petrova@family.test")), "one message for the burst");
        String text = (String) ((Multipart) one.getContent()).getBodyPart(0).getContent();
        assertEquals(35, text.lines().filter(l -> l.startsWith("— Математика")).count(), text);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bad conditions

    @Test
    @Order(4)
    @RunAsClient
    void marksForAnInvalidAddressAndAnUnroutableNumberAreSent() throws Exception {
        submit(mark("dlv-m-invalid", FamilyFixtures.IVANOV, 2, "3", null),
                mark("dlv-m-unroutable", FamilyFixtures.KUZNETSOV, 2, "4", null));
    }

    @Test
    @Order(5)
    void anInvalidAddressIsDeadAtOnceAndAnSmscRefusalAfterTheRetries() throws Exception {
        OutboxReview.Entry invalid = awaitMessage(FamilyFixtures.IVANOV, DeliveryChannel.EMAIL,
                e -> e.status() == MessageStatus.DEAD);
        assertEquals(1, invalid.attempts(), "retrying cannot fix an address");
        assertTrue(invalid.lastError().contains("nina.ivanova@@family.test") && invalid.lastError()
                .contains("недействителен"), invalid.lastError());

        OutboxReview.Entry refused = awaitMessage(FamilyFixtures.KUZNETSOV, DeliveryChannel.SMS,
                e -> e.status() == MessageStatus.DEAD);
        assertEquals(4, refused.attempts(), "maxAttempts of the test server");
        assertTrue(refused.lastError().contains("SMSC отклонил сообщение: command_status 0x00000045"),
                refused.lastError());
    }

    @Test
    @Order(6)
    @RunAsClient
    void theSmtpServerGoesDownBeforeAMarkArrives() throws Exception {
        ProtocolServers.stopMail();
        submit(mark("dlv-m-down", FamilyFixtures.SMIRNOVA, 3, "5", null));
    }

    @Test
    @Order(7)
    void aMessageToADownSmtpServerWaitsForItsRetry() throws Exception {
        OutboxReview.Entry waiting = awaitMessage(FamilyFixtures.SMIRNOVA, DeliveryChannel.EMAIL,
                e -> e.attempts() >= 1 && e.status() == MessageStatus.PENDING);
        assertTrue(waiting.lastError().contains("SMTP"), waiting.lastError());
    }

    @Test
    @Order(8)
    @RunAsClient
    void whenTheSmtpServerIsBackTheMessageArrivesOnce() throws Exception {
        ProtocolServers.startMail();
        awaitOne("pavel.smirnov@family.test");
        Thread.sleep(5000);
        assertEquals(1, notices(ProtocolServers.mailTo("pavel.smirnov@family.test")));
    }

    @Test
    @Order(9)
    void theRetriedMessageIsSentWithItsMessageId() throws Exception {
        OutboxReview.Entry sent = awaitMessage(FamilyFixtures.SMIRNOVA, DeliveryChannel.EMAIL,
                e -> e.status() == MessageStatus.SENT);
        assertTrue(sent.attempts() >= 2, "attempts: " + sent.attempts());
        assertTrue(sent.providerRef().startsWith("<") && sent.providerRef().endsWith("@ediary>"), sent.providerRef());
        assertEquals("pavel.smirnov@family.test", sent.recipient());
    }

    @Test
    @Order(10)
    void aGuardianWhoWithdrawsConsentWhileAMessageWaitsGetsNothing() throws Exception {
        importMark("dlv-m-quiet", FamilyFixtures.VOLKOV, 4, "5");
        Instant later = clock.instant().plusSeconds(60);
        composeNow(later);
        OutboxReview.Entry waiting = only(FamilyFixtures.VOLKOV, DeliveryChannel.EMAIL);
        assertEquals(MessageStatus.PENDING, waiting.status(), "quiet hours hold it back");

        inTransaction(() -> consents.record(guardian(FamilyFixtures.VOLKOV), ConsentDecision.WITHDRAWN,
                ConsentForm.PAPER, FamilyFixtures.today(), "Заявление об отзыве № 77", "dlv-test"));
        dispatcher.runOnce(waiting.dueAt().plusSeconds(60), "dlv-after-quiet-hours");

        OutboxReview.Entry dropped = only(FamilyFixtures.VOLKOV, DeliveryChannel.EMAIL);
        assertEquals(MessageStatus.DROPPED, dropped.status());
        assertEquals("согласие на обработку персональных данных отозвано", dropped.lastError());
        assertEquals(null, dropped.providerRef());
    }

    @Test
    @Order(11)
    void aMessageClaimedByACrashedInstanceIsSentExactlyOnceByTheInstancesThatRemain() throws Exception {
        importMark("dlv-m-crash", FamilyFixtures.MOROZOVA, 5, "4");
        Instant crash = clock.instant().plusSeconds(3600); // in the future, so the server's own worker leaves it alone
        composeNow(crash);
        OutboxReview.Entry composed = only(FamilyFixtures.MOROZOVA, DeliveryChannel.EMAIL);
        assertTrue(ledger.claim(composed.id(), "crashed-instance", crash, crash.plusSeconds(300)));
        assertFalse(ledger.claim(composed.id(), "another-instance", crash.plusSeconds(10), crash.plusSeconds(310)),
                "a live lease is not taken over");

        Instant restart = crash.plusSeconds(301);
        // two instances' workers at once, on the server's managed threads
        ExecutorService two = (ExecutorService) new InitialContext().lookup("concurrent/ediaryTasks");
        List<Future<Object>> passes = two.invokeAll(List.<Callable<Object>>of(
                Executors.callable(() -> dispatcher.runOnce(restart, "instance-a")),
                Executors.callable(() -> dispatcher.runOnce(restart, "instance-b"))));
        for (Future<Object> pass : passes) {
            pass.get();
        }
        dispatcher.runOnce(restart.plusSeconds(1), "instance-a");

        OutboxReview.Entry sent = only(FamilyFixtures.MOROZOVA, DeliveryChannel.EMAIL);
        assertEquals(MessageStatus.SENT, sent.status());
        assertEquals(2, sent.attempts(), "the crashed claim and the one send");
    }

    @Test
    @Order(12)
    @RunAsClient
    void theReclaimedMessageArrivedOnceAndTheDroppedOneNever() throws Exception {
        awaitOne("andrey.morozov@family.test");
        Thread.sleep(3000);
        assertEquals(1, notices(ProtocolServers.mailTo("andrey.morozov@family.test")));
        assertEquals(0, ProtocolServers.mailTo("elena.volkova@family.test").size());
    }

    @Test
    @Order(13)
    void theWeeklySummaryAndTheForecastCarryTheWeeksMarksAverageAndForecast() throws Exception {
        long guardianId = inTransaction(() -> guardian(FamilyFixtures.PETROV).getId());
        int written = digests.compose(guardianId, FamilyFixtures.today(), clock.instant(), List.of(
                DigestComposer.Occasion.WEEKLY_SUMMARY, DigestComposer.Occasion.WEEKLY_FORECAST));
        assertEquals(2, written, "a summary and a forecast by e-mail (no phone)");
        assertEquals(0, digests.compose(guardianId, FamilyFixtures.today(), clock.instant(), List.of(
                DigestComposer.Occasion.WEEKLY_SUMMARY, DigestComposer.Occasion.WEEKLY_FORECAST)), "once a week");

        // independently: the 35 marks the journal sent (test 3), all of the work type of weight 2
        List<Integer> values = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            values.add(2 + n % 4);
        }
        for (int n = 31; n <= 35; n++) {
            values.add(4);
        }
        java.math.BigDecimal average = java.math.BigDecimal.valueOf(values.stream().mapToInt(v -> v * 2).sum())
                .divide(java.math.BigDecimal.valueOf(2L * values.size()), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(new java.math.BigDecimal("3.57"), average, "125 / 35");
        String averageText = average.toPlainString().replace('.', ',');

        List<OutboxReview.Entry> messages = messages(FamilyFixtures.PETROV, DeliveryChannel.EMAIL);
        OutboxReview.Entry summary = messages.stream().filter(m -> m.kind() == NotificationKind.WEEKLY_SUMMARY)
                .findFirst().orElseThrow();
        String marks = String.join(", ", values.stream().map(String::valueOf).toList());
        assertTrue(summary.body().contains("Оценки за неделю (в скобках — средний балл за 1 четверть):\n"
                + "— Математика: " + marks + " (" + averageText + ")\n"), summary.body());
        assertTrue(summary.body().contains("Пропусков и опозданий за неделю нет."), summary.body());
        assertTrue(summary.subject().startsWith("Итоги недели "), summary.subject());

        OutboxReview.Entry forecast = messages.stream().filter(m -> m.kind() == NotificationKind.FORECAST)
                .findFirst().orElseThrow();
        // 3,57 is a «4» by the thresholds 4,50 / 3,50 / 2,50; one more «2» (weight 2) gives 127/36 = 3,53, still «4»;
        // two give 129/37 = 3,49, a «3»; no number of «5» within 20 reaches 4,50 (it takes 65)
        assertTrue(forecast.body().contains("— Математика: прогноз «4», средний балл " + averageText
                + ". Две «2» дадут «3».\n"), forecast.body());
        assertTrue(forecast.body().contains("Прогноз итоговых оценок за 1 четверть (период заканчивается "
                + FamilyFixtures.PERIOD_END.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + ")"), forecast.body());
    }

    @Test
    @Order(14)
    @RunAsClient
    void theDigestsArriveByEmail() throws Exception {
        MimeMessage summary = await(() -> ProtocolServers.mailTo("olga.petrova@family.test").stream()
                .filter(m -> subject(m).startsWith("Итоги недели")).toList(), l -> !l.isEmpty(), "a weekly summary")
                .get(0);
        assertTrue(subject(summary).endsWith("Илья Петров"), subject(summary));
        await(() -> ProtocolServers.mailTo("olga.petrova@family.test").stream()
                .filter(m -> subject(m).startsWith("Прогноз итоговых оценок за 1 четверть")).toList(),
                l -> !l.isEmpty(), "a forecast");
    }

    @Test
    @Order(15)
    @RunAsClient
    void staffSeeDeadMessagesWithTheirReasonAndSendOneAgain() {
        StaffAndParentScreens.DeadMessages dead = StaffAndParentScreens.resendDead(base, "nina.ivanova@@family.test");
        assertTrue(dead.table().contains("Иванова Нина Олеговна") && dead.table().contains("недействителен"),
                dead.table());
        assertTrue(dead.table().contains("SMSC отклонил сообщение: command_status 0x00000045"), dead.table());
        assertTrue(dead.table().contains("не доставлено"), dead.table());
        assertEquals("Сообщение поставлено в очередь на повторную отправку.", dead.notice());
    }

    @Test
    @Order(16)
    void theResentMessageWasTriedAgainAndIsDeadAgainForTheSameReason() throws Exception {
        // it died the first time minutes ago (test 5); dead again within the last minute means it was tried again
        OutboxReview.Entry again = awaitMessage(FamilyFixtures.IVANOV, DeliveryChannel.EMAIL,
                e -> e.status() == MessageStatus.DEAD && e.finishedAt().isAfter(clock.instant().minusSeconds(60)));
        assertEquals(1, again.attempts(), "the attempts start again from the beginning");
        assertTrue(again.lastError().contains("недействителен"), again.lastError());
        assertFalse(staffAudit.find(schoolId(), FamilyFixtures.STAFF, "OUTBOX_READ", null, null, null).isEmpty(),
                "reading the messages' texts on the Outbox page is in the audit log");
    }

    @Test
    @Order(17)
    @RunAsClient
    void aParentChoosesMarksBySms() {
        List<String> page = StaffAndParentScreens.chooseMarksBySms(base);
        assertEquals("Настройки сохранены.", page.get(0));
        assertEquals(List.of("MARK", "FINAL_GRADE", "EXAM_RESULT", "TIMETABLE_CHANGE"), page.subList(1, page.size()),
                "the defaults and the chosen kind stay ticked");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // In the server

    private long schoolId() {
        return registry.schoolId(FamilyFixtures.SCHOOL).orElseThrow();
    }

    private Guardian guardian(Family family) {
        School school = schools.school(schoolId()).orElseThrow();
        return guardians.bySourcedId(school, family.guardian()).orElseThrow();
    }

    private void given(Family family, String email, String phone) throws Exception {
        inTransaction(() -> {
            Guardian guardian = guardian(family);
            String application = "Заявление № " + family.guardian();
            consents.record(guardian, ConsentDecision.GIVEN, ConsentForm.PAPER, FamilyFixtures.today(), application,
                    "dlv-test");
            if (email != null) {
                if (email.contains("@@")) {
                    // a row from before addresses were checked on entry: ContactBook would refuse it today
                    ContactPoint legacy = new ContactPoint(guardian, ContactChannel.EMAIL, email,
                            ContactSource.WRITTEN_APPLICATION, application, clock.instant());
                    legacy.confirm(clock.instant());
                    guardians.add(legacy);
                } else {
                    contacts.addDocumented(guardian, ContactChannel.EMAIL, email, ContactSource.WRITTEN_APPLICATION,
                            application, "dlv-test", null);
                }
            }
            if (phone != null) {
                contacts.addDocumented(guardian, ContactChannel.PHONE, phone, ContactSource.WRITTEN_APPLICATION,
                        application, "dlv-test", null);
            }
            return null;
        });
    }

    /** The guardian also wants {@code kind} by SMS (besides the defaults). */
    private void sms(Family family, NotificationKind kind) throws Exception {
        long id = inTransaction(() -> guardian(family).getId());
        Map<DeliveryChannel, java.util.Set<NotificationKind>> wanted = settings.current(id);
        EnumSet<NotificationKind> smsKinds = EnumSet.copyOf(wanted.get(DeliveryChannel.SMS));
        smsKinds.add(kind);
        settings.change(id, Map.of(DeliveryChannel.EMAIL, wanted.get(DeliveryChannel.EMAIL), DeliveryChannel.SMS,
                smsKinds), "dlv-test", null);
    }

    private void importMark(String id, Family family, int lesson, String value) {
        ImportResult result = journalImport.apply(schoolId(), SourcedRecord.of(RecordKind.MARK, id, 1)
                .with("student", family.student()).with("lesson", FamilyFixtures.lesson(lesson))
                .with("value", value).with("workType", "dlv-cw").build());
        assertFalse(result.isRejected(), result.message());
    }

    /** The mails that are not digests (the weekly summary and forecast, which a Friday evening may add). */
    private static long notices(List<MimeMessage> mails) {
        return mails.stream().filter(m -> !isDigest(m)).count();
    }

    private static boolean isDigest(MimeMessage mail) {
        try {
            String subject = mail.getSubject();
            return subject.startsWith(NoticeText.title(NotificationKind.WEEKLY_SUMMARY))
                    || subject.startsWith(NoticeText.title(NotificationKind.FORECAST));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Composes every waiting burst as if {@code now} had come (the coalescing window is long over then). */
    private void composeNow(Instant now) {
        for (Coalescing.Burst burst : Coalescing.bursts(ledger.ripe(now, 1000))) {
            ledger.compose(burst, now);
        }
    }

    private List<OutboxReview.Entry> messages(Family family, DeliveryChannel channel) throws Exception {
        long guardianId = inTransaction(() -> guardian(family).getId());
        return review.messages(new OutboxQuery(schoolId(), guardianId, channel, null, 20));
    }

    private OutboxReview.Entry only(Family family, DeliveryChannel channel) throws Exception {
        List<OutboxReview.Entry> messages = messages(family, channel);
        assertEquals(1, messages.size(), "messages: " + messages);
        return messages.get(0);
    }

    private OutboxReview.Entry awaitMessage(Family family, DeliveryChannel channel, Predicate<OutboxReview.Entry> state)
            throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<OutboxReview.Entry> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            seen = messages(family, channel);
            if (seen.size() == 1 && state.test(seen.get(0))) {
                return seen.get(0);
            }
            assertTrue(seen.size() <= 1, "one message expected: " + seen);
            Thread.sleep(250);
        }
        throw new AssertionError("the outbox did not reach the expected state; it holds " + seen);
    }

    private static <T> T inTransaction(Callable<T> work) throws Exception {
        return TestSchool.inTransaction(work);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Beside the protocol servers

    private static MarkRecord mark(String id, Family family, int lesson, String value, String comment) {
        MarkRecord mark = new MarkRecord();
        mark.setSourcedId(id);
        mark.setVersion(1L);
        mark.setStudent(family.student());
        mark.setLesson(FamilyFixtures.lesson(lesson));
        mark.setValue(value);
        mark.setWorkType("dlv-cw");
        mark.setComment(comment);
        return mark;
    }

    private void submit(MarkRecord... marks) throws Exception {
        JournalExchange journal = JournalClient.port(base, FamilyFixtures.JOURNAL,
                FamilyFixtures.JOURNAL + FamilyFixtures.PASSWORD_SUFFIX);
        SubmitBatch batch = new SubmitBatch();
        batch.setBatchId("dlv-" + UUID.randomUUID());
        batch.setRecords(new BatchRecords());
        batch.getRecords().getRecord().addAll(List.of(marks));
        BatchReceipt receipt = journal.submitBatch(batch).getReceipt();
        assertEquals(marks.length, receipt.getCreated(), "all marks created");
    }

    /** The first notice (not a digest) to {@code address}. */
    private static MimeMessage awaitOne(String address) throws InterruptedException {
        return await(() -> ProtocolServers.mailTo(address).stream().filter(m -> !isDigest(m)).toList(),
                l -> !l.isEmpty(), "an e-mail to " + address).get(0);
    }

    private static List<String> awaitTexts(String number, int count) throws InterruptedException {
        return await(() -> ProtocolServers.smsc().textsTo(number), l -> l.size() >= count, "an SMS to " + number);
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (done.test(value)) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + what + " within " + PATIENCE);
    }

    /** Constants the in-server methods need without loading the client-only {@link ProtocolServers}. */
    static final class ProtocolServersNames {
        static final String UNROUTABLE = "79990000000";
    }
}
