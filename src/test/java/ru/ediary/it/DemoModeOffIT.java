package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.demo.application.DemoAccounts;
import ru.ediary.demo.application.DemoRegionStatus;
import ru.ediary.identity.application.SignIn;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;

/**
 * The demo accounts' passwords are in the README, so a server started without demo mode locks every one of them that
 * an earlier start left (what the loader does at start when ediary.demo is not true). The test locks the demo region's
 * accounts that way, sees each refused, and opens them again for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class DemoModeOffIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(DemoModeOffIT.class, TestSchool.class);
    }

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    DemoRegionStatus demo;

    @Inject
    SignIn signIn;

    @Inject
    AccountRepository accounts;

    @Test
    void withDemoModeOffEveryDemoAccountIsLocked() throws Exception {
        for (int i = 0; i < 480 && demo.getStage() != DemoRegionStatus.Stage.READY; i++) {
            Thread.sleep(1000);
        }
        assertEquals(DemoRegionStatus.Stage.READY, demo.getStage(), "the demo region is loaded");
        try {
            assertEquals(DemoAccounts.LOGINS.size(), demoAccounts.lockAll(), "every demo account was open");
            for (String login : DemoAccounts.LOGINS) {
                assertFalse(signIn.attempt(login, login.toCharArray(), "127.0.0.1").accepted(), login);
            }
            assertEquals(0, demoAccounts.lockAll(), "locked once");
        } finally {
            TestSchool.inTransaction(() -> {
                DemoAccounts.LOGINS.forEach(login -> accounts.byLogin(login).ifPresent(Account::unlock));
                return null;
            });
        }
        for (String login : DemoAccounts.LOGINS) {
            assertTrue(signIn.attempt(login, login.toCharArray(), "127.0.0.1").accepted(), login + " open again");
        }
    }
}
