package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.application.SignIn;
import ru.ediary.identity.model.Role;

/** Guessing a password gets slower: after three failures even the right password waits its turn. */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClass(SignInThrottleIT.class);
    }

    @Inject
    AccountRegistry accounts;

    @Inject
    SignIn signIn;

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
