package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.application.IssuedPassword;
import ru.ediary.identity.application.ServiceSignIn;
import ru.ediary.identity.model.Role;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * A journal's credential, once verified, is not hashed again on its next requests (no second sign-in check, which
 * the audit log shows), and a credential rotation or a lock by the school office ends that at once.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceSignInIT {

    private static final String SCHOOL = "it-service-sign-in";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(ServiceSignInIT.class, TestSchool.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    AccountRegistry accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    ServiceSignIn signIn;

    @Inject
    AuditBrowser audit;

    @Test
    void aVerifiedCredentialIsTakenAgainUntilItIsRotatedOrTheAccountLocked() {
        long school = TestSchool.create(registry, SCHOOL);
        String login = "it.journal." + UUID.randomUUID().toString().substring(0, 8);
        char[] first = (login + "-Пароль-2026").toCharArray();
        accounts.create(login, first, "Электронный журнал", Set.of(Role.JOURNAL), schools.school(school).orElseThrow(),
                null, null, null, "it");

        for (int request = 0; request < 5; request++) {
            assertTrue(signIn.attempt(login, first, "127.0.0.1").accepted(), "request " + request);
        }
        assertEquals(1, signIns(school, login), "checked once, then taken from the cache");
        assertFalse(signIn.attempt(login, "guess".toCharArray(), "127.0.0.1").accepted(), "a wrong one is checked");

        IssuedPassword rotated = administration.renewPassword(school, login, "it.staff", "127.0.0.1");
        assertFalse(signIn.attempt(login, first, "127.0.0.1").accepted(), "the rotated-away credential is refused");
        char[] second = rotated.password().toCharArray();
        assertTrue(signIn.attempt(login, second, "127.0.0.1").accepted());
        assertTrue(signIn.attempt(login, second, "127.0.0.1").accepted());

        administration.lock(school, login, "it.staff", "127.0.0.1");
        assertFalse(signIn.attempt(login, second, "127.0.0.1").accepted(), "a locked account, cached or not");
        administration.unlock(school, login, "it.staff", "127.0.0.1");
        assertTrue(signIn.attempt(login, second, "127.0.0.1").accepted());
    }

    private long signIns(long school, String login) {
        return audit.find(school, login, "SIGN_IN", null, null, null).stream()
                .filter(line -> line.action().equals("SIGN_IN")).count();
    }
}
