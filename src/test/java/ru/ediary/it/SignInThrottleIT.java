package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.application.SignIn;
import ru.ediary.identity.model.AccountRepository;
import ru.ediary.identity.model.Role;
import ru.ediary.platform.Refusal;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Guessing a password gets slower: after three failures even the right password waits its turn, and guesses made
 * in parallel all count; an address that fails as many different logins is shut out, and no other address; a
 * service account's login cannot be slowed down by a stranger's failures; the current-password check of the
 * password page counts like a sign-in. Addresses are from the documentation ranges, so that no other test's
 * localhost failures mix in.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(SignInThrottleIT.class, TestSchool.class);
    }

    @Inject
    AccountRegistry accounts;

    @Inject
    SignIn signIn;

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    AccountRepository repository;

    @Inject
    AccountAdministration administration;

    @Inject
    AuditBrowser audit;

    @Test
    void wrongGuessesMadeInParallelAllCount() throws Exception {
        long school = TestSchool.create(registry, "it-sign-in-throttle");
        String login = "it.parallel." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(login, "Правильный-пароль-2".toCharArray(), "Проверка входа", Set.of(Role.SCHOOL_ADMIN),
                schools.school(school).orElseThrow(), null, null, null, "it");
        ExecutorService threads = (ExecutorService) new InitialContext().lookup("concurrent/ediaryTasks");
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            char[] guess = ("guess-" + i).toCharArray();
            guesses.add(() -> signIn.attempt(login, guess, "127.0.0.1").accepted());
        }
        for (Future<Boolean> guess : threads.invokeAll(guesses)) {
            assertFalse(guess.get());
        }
        long checked = audit.find(school, login, "SIGN_IN_FAILED", null, null, null).size();
        int counted = TestSchool.inTransaction(() -> repository.byLogin(login).orElseThrow().getFailedAttempts());
        assertTrue(checked >= 1, "at least one guess was checked");
        assertEquals(checked, counted, "every checked wrong guess is counted, none overwrites another");
    }

    @Test
    void repeatedFailuresMakeTheNextAttemptWait() throws Exception {
        String login = "it." + UUID.randomUUID().toString().substring(0, 8);
        char[] password = "Правильный-пароль-1".toCharArray();
        accounts.create(login, password, "Проверка входа", Set.of(Role.SCHOOL_ADMIN), null, null, null, null, "it");

        assertTrue(signIn.attempt(login, password, "127.0.0.1").accepted(), "the right password opens");
        for (int i = 0; i < 3; i++) {
            assertFalse(signIn.attempt(login, "guess".toCharArray(), "127.0.0.1").accepted());
        }
        assertFalse(signIn.attempt(login, password, "127.0.0.1").accepted(),
                "right after three failures even the right password is not checked");
        Thread.sleep(2_500);
        assertTrue(signIn.attempt(login, password, "127.0.0.1").accepted(), "after the wait it opens again");
    }

    @Test
    void anAddressFailingManyLoginsIsShutOutAndNoOtherAddress() throws Exception {
        String login = "it.addr." + UUID.randomUUID().toString().substring(0, 8);
        char[] password = "Правильный-пароль-3".toCharArray();
        accounts.create(login, password, "Проверка адреса", Set.of(Role.SCHOOL_ADMIN), null, null, null, null, "it");
        String sprayer = "198.51.100." + (1 + new Random().nextInt(250));
        for (int i = 0; i < 30; i++) {
            assertFalse(signIn.attempt("it.nobody." + i + "." + UUID.randomUUID(), "Лето2026".toCharArray(), sprayer)
                    .accepted());
        }
        assertFalse(signIn.attempt(login, password, sprayer).accepted(),
                "after thirty different logins failed from it, the address is refused whatever it sends");
        assertTrue(signIn.attempt(login, password, "192.0.2.10").accepted(), "another address is not");
    }

    @Test
    void aStrangersFailuresDoNotSlowAServiceAccountDown() throws Exception {
        long school = TestSchool.create(registry, "it-sign-in-throttle");
        String journal = "it.journal.dos." + UUID.randomUUID().toString().substring(0, 8);
        char[] password = (journal + "-Пароль-2026").toCharArray();
        accounts.create(journal, password, "Электронный журнал", Set.of(Role.JOURNAL),
                schools.school(school).orElseThrow(), null, null, null, "it");
        for (int i = 0; i < 5; i++) {
            assertFalse(signIn.attempt(journal, ("guess-" + i).toCharArray(), "203.0.113.50").accepted());
        }
        assertTrue(signIn.attempt(journal, password, "192.0.2.20").accepted(),
                "the journal still signs in: its exchange cannot be stopped by failing its login on purpose");
        assertEquals(5, audit.find(school, journal, "SIGN_IN_FAILED", null, null, null).size(),
                "the failures are audited all the same");
    }

    @Test
    void theCurrentPasswordCheckCountsLikeASignIn() throws Exception {
        String login = "it.current." + UUID.randomUUID().toString().substring(0, 8);
        String right = "Правильный-пароль-4";
        accounts.create(login, right.toCharArray(), "Проверка пароля", Set.of(Role.SCHOOL_ADMIN), null, null, null,
                null, "it");
        char[] next = "Новый-пароль-2026-ок".toCharArray();
        for (int i = 0; i < 3; i++) {
            assertThrows(Refusal.class, () -> administration.changeOwnPassword(login, "guess".toCharArray(), next,
                    next, "192.0.2.30"));
        }
        assertEquals(3, TestSchool.inTransaction(() -> repository.byLogin(login).orElseThrow().getFailedAttempts()),
                "each wrong current password is counted, though the change itself was refused");
        assertThrows(Refusal.class, () -> administration.changeOwnPassword(login, right.toCharArray(), next, next,
                "192.0.2.30"), "right after three failures even the right password waits");
        Thread.sleep(2_500);
        administration.changeOwnPassword(login, right.toCharArray(), next, next, "192.0.2.30");
        assertTrue(signIn.attempt(login, next, "192.0.2.30").accepted(), "the new password opens");
    }
}
