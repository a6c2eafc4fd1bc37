package ru.ediary.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ru.ediary.demo.application.DemoRegionStatus.Stage;

class LoginPageTest {

    @Test
    void aDemoLoginTriedWhileTheDemoRegionLoadsIsToldToWait() {
        assertEquals("login.demoLoading", LoginPage.refusalKey(Stage.LOADING, "demo.parent", login -> false));
    }

    @Test
    void otherwiseAFailureSaysOnlyThatLoginOrPasswordIsWrong() {
        assertEquals("login.failed", LoginPage.refusalKey(Stage.LOADING, "demo.parent", login -> true),
                "the account exists: the password was wrong");
        assertEquals("login.failed", LoginPage.refusalKey(Stage.LOADING, "olga.ivanova", login -> false),
                "not a demo login: nothing is said about whether it exists");
        assertEquals("login.failed", LoginPage.refusalKey(Stage.READY, "demo.parent", login -> false));
        assertEquals("login.failed", LoginPage.refusalKey(Stage.OFF, "demo.admin", login -> false));
    }
}
