package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
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
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.application.SignIn;
import ru.ediary.identity.model.AccountRepository;
import ru.ediary.identity.model.Role;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Guessing a password gets slower: after three failures even the right password waits its turn, and guesses made
 * in parallel all count.
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
}
