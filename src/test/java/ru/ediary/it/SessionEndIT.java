package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.HttpCookie;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
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
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Sign-in state ends when it should, for the session and for the sign-in token alike: a token replayed without its
 * session opens nothing (so dropping the session cookie cannot skip anything either); a password change ends the
 * account's other sessions; a lock ends every session at its next request. (Accounts of a school of its own.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionEndIT {

    private static final String SCHOOL = "it-session-end";
    private static final String STAFF = "it.session.staff";
    private static final String OFFICE = "it.session.office";
    private static final String FIRST = "Первый-пароль-2026";
    private static final String SECOND = "Второй-пароль-2026";
    private static final String HOME = "admin/index.xhtml";

    /** Sessions of the test JVM, kept from one client step to the next. */
    private static WebSession first;
    private static WebSession second;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(SessionEndIT.class, TestSchool.class, WebSession.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    AccountRegistry accounts;

    @Inject
    AccountAdministration administration;

    @Test
    @Order(1)
    void twoStaffAccountsOfTheSchool() {
        long school = TestSchool.create(registry, SCHOOL);
        for (String login : List.of(STAFF, OFFICE)) {
            if (!accounts.exists(login)) {
                accounts.create(login, FIRST.toCharArray(), "Сотрудник", Set.of(Role.SCHOOL_ADMIN),
                        schools.school(school).orElseThrow(), null, null, null, "it");
            }
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSignInTokenWithoutItsSessionOpensNothing() throws Exception {
        first = WebSession.signIn(base, STAFF, FIRST);
        second = WebSession.signIn(base, STAFF, FIRST);
        assertOpen(first, "first");
        assertOpen(second, "second");

        List<HttpCookie> withoutSession = first.cookies().stream()
                .filter(cookie -> !cookie.getName().equals("JSESSIONID")).toList();
        assertEnded(WebSession.withCookies(base, withoutSession), "the token alone");
        assertOpen(first, "first, after its token was replayed alone");
    }

    @Test
    @Order(3)
    void theStaffMemberChangesTheirPasswordElsewhere() {
        administration.changeOwnPassword(STAFF, FIRST.toCharArray(), SECOND.toCharArray(), SECOND.toCharArray(),
                "127.0.0.1");
    }

    @Test
    @Order(4)
    @RunAsClient
    void sessionsOpenedWithTheOldPasswordHaveEnded() throws Exception {
        assertEnded(first, "first");
        assertEnded(second, "second");
        first = WebSession.signIn(base, STAFF, SECOND);
        assertOpen(first, "signed in again with the new password");
    }

    @Test
    @Order(5)
    void theOfficeLocksTheAccount() {
        long school = registry.schoolId(SCHOOL).orElseThrow();
        administration.lock(school, STAFF, OFFICE, "127.0.0.1");
    }

    @Test
    @Order(6)
    @RunAsClient
    void aLockedAccountsSessionEndsAtItsNextRequest() throws Exception {
        assertEnded(first, "locked");
    }

    private static void assertOpen(WebSession session, String which) throws Exception {
        HttpResponse<String> page = session.get(HOME);
        assertTrue(page.uri().getPath().endsWith("/" + HOME) && page.statusCode() == 200,
                which + " is open: " + page.statusCode() + " " + page.uri());
        assertFalse(page.body().contains("id=\"login:username\""), which + ": no sign-in form");
    }

    private static void assertEnded(WebSession session, String which) throws Exception {
        HttpResponse<String> page = session.get(HOME);
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), which + " has ended: " + page.statusCode() + " "
                + page.uri() + " " + page.body().substring(0, Math.min(300, page.body().length())));
        assertTrue(page.body().contains("id=\"login:username\""), which + ": the sign-in form is shown");
    }
}
