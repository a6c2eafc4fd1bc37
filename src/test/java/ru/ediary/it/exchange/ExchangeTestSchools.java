package ru.ediary.it.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.it.TestSchool;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Deployed with the exchange tests (which run as clients of the server): at the application's start it makes the
 * schools they write to and the accounts they sign in with, so that they need nothing of the demo region and nothing
 * another test class wrote. Idempotent: every exchange test class deploys it again. The journal simulator's test
 * gets an empty school of its own, which nothing else writes to, since it reconciles that school whole.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ExchangeTestSchools {

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    AccountRegistry accounts;

    @PostConstruct
    void create() {
        School school = schools.school(TestSchool.create(registry, ExchangeFixtures.SCHOOL)).orElseThrow();
        TestSchool.create(registry, ExchangeFixtures.OTHER_SCHOOL);
        account(ExchangeFixtures.JOURNAL, "Электронный журнал (тесты обмена)", Role.JOURNAL, school);
        account(ExchangeFixtures.STAFF, "Администратор (тесты обмена)", Role.SCHOOL_ADMIN, school);
        School simulated = schools.school(TestSchool.create(registry, ExchangeFixtures.SIMULATOR_SCHOOL)).orElseThrow();
        account(ExchangeFixtures.SIMULATOR_JOURNAL, "Электронный журнал (симулятор)", Role.JOURNAL, simulated);
    }

    /** Each account's password is its login. */
    private void account(String login, String name, Role role, School school) {
        if (!accounts.exists(login)) {
            accounts.create(login, login.toCharArray(), name, Set.of(role), school, null, null, null, "it");
        }
    }
}
