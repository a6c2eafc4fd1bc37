package ru.ediary.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.simulator.JournalSimulator;
import ru.ediary.simulator.JournalSimulator.Check;
import ru.ediary.simulator.JournalSimulator.Result;

/**
 * The journal simulator, run in the test JVM against the test server with a tiny school: an empty school of this
 * test's own and its journal account. Everything it sends is taken and reconciles (every kind of the school, which
 * nothing else writes to), and its rerun is a replay that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class JournalSimulatorIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ExchangeTestSchools.class, TestSchool.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aTinySchoolGoesInWholeReconcilesAndItsRerunIsAReplay() throws Exception {
        LocalDate today = ServerClock.today();
        LocalDate firstOfSeptember = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1,
                9, 1);
        String[] args = {"--url", base.toString(), "--user", ExchangeFixtures.SIMULATOR_JOURNAL,
            "--password", ExchangeFixtures.SIMULATOR_JOURNAL, "--students", "30", "--classes", "3", "--subjects", "3",
            "--until", firstOfSeptember.plusWeeks(2).toString(), "--batch", "250", "--threads", "2",
            "--prefix", "simit"};

        Result first = JournalSimulator.run(System.out, args);
        assertEquals(List.of(), first.failures());
        assertEquals(0, first.rejected(), () -> "rejected: " + first.rejections());
        assertTrue(first.allMatch(), () -> "not MATCH: " + different(first));
        assertEquals(0, first.updated());
        assertEquals(first.sent(), first.created() + first.unchanged());
        Set<RecordKindLabel> kinds = first.checks().stream().map(Check::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecordKindLabel.class)));
        assertTrue(kinds.containsAll(EnumSet.of(RecordKindLabel.SCHOOL_YEAR, RecordKindLabel.ACADEMIC_PERIOD,
                RecordKindLabel.HOLIDAY, RecordKindLabel.TEACHER, RecordKindLabel.SUBJECT,
                RecordKindLabel.SCHOOL_CLASS, RecordKindLabel.STUDENT, RecordKindLabel.GUARDIAN,
                RecordKindLabel.GUARDIAN_LINK, RecordKindLabel.TEACHING_ASSIGNMENT, RecordKindLabel.TIMETABLE_ENTRY,
                RecordKindLabel.LESSON, RecordKindLabel.MARK, RecordKindLabel.ATTENDANCE,
                RecordKindLabel.HOMEWORK)), () -> "kinds sent: " + kinds);
        assertTrue(first.checks().stream().allMatch(c -> c.count() > 0), () -> "empty kinds: " + first.checks());

        Result replay = JournalSimulator.run(System.out, args);
        assertEquals(List.of(), replay.failures());
        assertEquals(first.sent(), replay.sent());
        assertEquals(replay.sent(), replay.unchanged(), "a rerun changes nothing");
        assertEquals(0, replay.created() + replay.updated() + replay.rejected());
        assertTrue(replay.allMatch(), () -> "not MATCH after the replay: " + different(replay));
    }

    private static List<Check> different(Result result) {
        return result.checks().stream().filter(c -> !c.match()).toList();
    }
}
