package ru.ediary.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.delivery.application.RetentionPurge;
import ru.ediary.delivery.model.MessageStatus;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.school.application.SchoolRegistry;

/**
 * The retention policy (152-ФЗ): thirty days after a guardian withdrew consent their addresses are deleted and their
 * messages lose address and text, while the consent ledger stays; a finished message loses address and text after
 * 180 days and the sink's old copies go. The test ages its own rows (a withdrawal, a sent message, a sink file)
 * rather than the clock, so that the purge it runs touches nothing of other classes.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPurgeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(RetentionPurgeIT.class, TestSchool.class, ServerClock.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    GuardianRoster roster;

    @Inject
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @Inject
    ContactBook contacts;

    @Inject
    Outbox outbox;

    @Inject
    RetentionPurge purge;

    @Inject
    AuditBrowser audit;

    @Inject
    Clock clock;

    @Test
    void aWithdrawnGuardiansAddressesAndOldMessagesAreForgottenAfterTheirRetentionAndTheLedgerStays()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long school = TestSchool.create(registry, "it-retention-" + tag);
        journalImport.applyAll(school, List.of(
                SourcedRecord.of(RecordKind.SCHOOL_YEAR, "y", 1).with("name", "2026/2027")
                        .with("startsOn", "2026-09-01").with("endsOn", "2027-05-31").build(),
                SourcedRecord.of(RecordKind.SCHOOL_CLASS, "c2", 1).with("schoolYear", "y").with("name", "2А")
                        .with("grade", 2).with("periodKind", "QUARTER").build(),
                SourcedRecord.of(RecordKind.STUDENT, "s1", 1).with("lastName", "Егорова")
                        .with("firstName", "Алёна").with("class", "c2").build(),
                SourcedRecord.of(RecordKind.GUARDIAN, "g1", 1).with("lastName", "Егорова")
                        .with("firstName", "Ирина").build(),
                SourcedRecord.of(RecordKind.GUARDIAN, "g2", 1).with("lastName", "Егоров")
                        .with("firstName", "Павел").build()));
        long withdrawing = guardian(school, "Ирина");
        long staying = guardian(school, "Павел");
        for (long g : new long[] {withdrawing, staying}) {
            consents.recordDocumented(school, g, ConsentDecision.GIVEN, ConsentForm.PAPER, ServerClock.today(),
                    "Заявление " + g, "it-retention", null);
            contacts.addDocumented(school, g, ContactChannel.EMAIL, "g" + g + "-" + tag + "@example.ru",
                    ContactSource.WRITTEN_APPLICATION, "Заявление " + g, "it-retention", null);
        }
        consents.recordDocumented(school, withdrawing, ConsentDecision.WITHDRAWN, ConsentForm.PAPER,
                ServerClock.today(), "Отзыв согласия", "it-retention", null);
        Instant now = clock.instant();
        Instant farAhead = now.plus(Duration.ofDays(3650));
        long pendingOfWithdrawn = queue(school, withdrawing, "pending-" + tag, farAhead, now);
        long sentLongAgo = queue(school, staying, "old-" + tag, farAhead, now);
        TestSchool.inTransaction(() -> {
            assertTrue(outbox.claim(sentLongAgo, "it-retention", farAhead, farAhead.plusSeconds(60)));
            return outbox.markSent(sentLongAgo, "it-retention", "old@example.ru", "smtp:1",
                    now.minus(Duration.ofDays(181)));
        });
        Path sink = Paths.get(String.valueOf(new InitialContext().lookup("ediary/delivery/sinkDirectory")))
                .resolve("it-retention-" + tag);
        Files.createDirectories(sink);
        Path oldCopy = Files.writeString(sink.resolve("old.eml"), "Тема: старое письмо");
        Files.setLastModifiedTime(oldCopy, FileTime.from(now.minus(Duration.ofDays(181))));
        Path freshCopy = Files.writeString(sink.resolve("fresh.eml"), "Тема: свежее письмо");

        ageWithdrawal(withdrawing, Duration.ofDays(29));
        purge.purge(clock.instant());
        assertEquals(1, guardians.contacts(guardians.byId(withdrawing).orElseThrow()).size(),
                "29 days after the withdrawal the address is still kept");
        assertEquals(MessageStatus.PENDING, message(pendingOfWithdrawn).getStatus());

        ageWithdrawal(withdrawing, Duration.ofDays(2));
        purge.purge(clock.instant());
        assertTrue(guardians.contacts(guardians.byId(withdrawing).orElseThrow()).isEmpty(),
                "31 days after the withdrawal the address is deleted");
        OutboxMessage forgotten = message(pendingOfWithdrawn);
        assertEquals(MessageStatus.DROPPED, forgotten.getStatus(), "a queued message is not sent any more");
        assertNull(forgotten.getRecipient());
        assertFalse(forgotten.getBody().contains("Егорова"), "the text is gone: " + forgotten.getBody());
        assertEquals(List.of(ConsentDecision.GIVEN, ConsentDecision.WITHDRAWN),
                guardians.consents(guardians.byId(withdrawing).orElseThrow()).stream()
                        .map(c -> c.getDecision()).toList(), "the consent ledger stays as evidence");
        assertEquals(1, guardians.contacts(guardians.byId(staying).orElseThrow()).size(),
                "a consenting guardian keeps the address");
        assertTrue(audit.find(school, "system", "PERSONAL_DATA_PURGED", "guardian:" + withdrawing, null, null)
                .size() == 1, "the purge is audited once");

        OutboxMessage old = message(sentLongAgo);
        assertEquals(MessageStatus.SENT, old.getStatus(), "the fact of sending stays");
        assertNull(old.getRecipient(), "181 days after sending the address is gone");
        assertFalse(old.getBody().contains("Егорова"), "and the text: " + old.getBody());
        assertFalse(Files.exists(oldCopy), "the sink's copy older than 180 days is deleted");
        assertTrue(Files.exists(freshCopy), "a fresh copy stays");
    }

    /** Read in a transaction of its own: what the database now holds, not an entity read earlier. */
    private OutboxMessage message(long id) throws Exception {
        return TestSchool.inTransaction(() -> outbox.byId(id).orElseThrow());
    }

    private long queue(long school, long guardian, String key, Instant dueAt, Instant now) throws Exception {
        return TestSchool.inTransaction(() -> {
            OutboxMessage message = new OutboxMessage("it-retention:" + key, school, guardian, null,
                    DeliveryChannel.EMAIL, NotificationKind.MARK, "g" + guardian + "@example.ru",
                    "Новая оценка: Егорова Алёна", "Егорова Алёна получила «5» по математике", dueAt, now);
            return outbox.add(message);
        }) ? idOf("it-retention:" + key) : -1;
    }

    /** The outbox row's id (assigned by the database when the insert is written). */
    private static long idOf(String messageKey) throws Exception {
        DataSource data = (DataSource) new InitialContext().lookup("jdbc/ediary");
        try (Connection c = data.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT id FROM outbox_message WHERE message_key = ?")) {
            read.setString(1, messageKey);
            try (ResultSet rows = read.executeQuery()) {
                assertTrue(rows.next(), messageKey);
                return rows.getLong(1);
            }
        }
    }

    /** Moves the guardian's consent history back in time, as if every decision had been recorded that earlier. */
    private static void ageWithdrawal(long guardian, Duration by) throws Exception {
        DataSource data = (DataSource) new InitialContext().lookup("jdbc/ediary");
        try (Connection c = data.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT id, recorded_at FROM consent WHERE guardian_id = ?");
             PreparedStatement write = c.prepareStatement("UPDATE consent SET recorded_at = ? WHERE id = ?")) {
            read.setLong(1, guardian);
            int aged = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    write.setTimestamp(1, Timestamp.from(rows.getTimestamp(2).toInstant().minus(by)));
                    write.setLong(2, rows.getLong(1));
                    aged += write.executeUpdate();
                }
            }
            assertEquals(2, aged, "the consent and its withdrawal");
        }
    }

    private long guardian(long school, String firstName) {
        return roster.search(school, "", null).stream().filter(f -> f.fullName().contains(firstName))
                .findFirst().orElseThrow().id();
    }
}
