package ru.ediary.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.school.model.Region;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;
import ru.ediary.school.model.Student;

/** The demo accounts of the README, each with its login as password; created only in demo mode. */
@ApplicationScoped
public class DemoAccounts {

    public static final String PARENT = "demo.parent";
    public static final String STUDENT = "demo.student";
    public static final String ADMIN = "demo.admin";
    public static final String JOURNAL = "demo.journal";
    public static final String REGION = "demo.region";
    /** The journal account the journal simulator (README) pushes a generated school with. */
    public static final String SIMULATOR = "demo.simulator";
    /** Every demo account: their passwords are public (the README), so outside demo mode none may stay open. */
    public static final List<String> LOGINS = List.of(PARENT, STUDENT, ADMIN, JOURNAL, REGION, SIMULATOR);

    @Inject
    SchoolDirectory schools;

    @Inject
    GuardianRepository guardians;

    @Inject
    AccountRegistry accounts;

    /** Demo mode is off: any demo account left from an earlier start is locked; the number locked. */
    public int lockAll() {
        return accounts.lockAll(LOGINS, "system", "demo mode is off (ediary.demo is not true)");
    }

    @Transactional
    public boolean complete() {
        return accounts.exists(SIMULATOR);
    }

    @Transactional
    public void create(long primarySchoolId, long simulatorSchoolId, String regionCode) {
        School school = schools.school(primarySchoolId).orElseThrow();
        Region region = schools.regionByCode(regionCode).orElseThrow();
        Guardian parent = guardians.bySourcedId(school, DemoJournalGenerator.DEMO_PARENT_GUARDIAN).orElseThrow();
        Student student = schools.student(school, DemoJournalGenerator.DEMO_STUDENT).orElseThrow();
        create(PARENT, parent.getName().full(), Role.PARENT, school, null, parent, null);
        create(STUDENT, student.getName().full(), Role.STUDENT, school, null, null, student);
        create(ADMIN, "Администратор " + school.getShortName(), Role.SCHOOL_ADMIN, school, null, null, null);
        create(JOURNAL, "Электронный журнал " + school.getShortName(), Role.JOURNAL, school, null, null, null);

        create(REGION, "Комитет общего и профессионального образования", Role.REGION, null, region, null, null);
        // Last: its presence tells a restarted server that the demo region is complete.
        School simulated = schools.school(simulatorSchoolId).orElseThrow();
        create(SIMULATOR, "Электронный журнал " + simulated.getShortName(), Role.JOURNAL, simulated, null, null, null);
    }

    private void create(String login, String displayName, Role role, School school, Region region, Guardian guardian,
                        Student student) {
        if (!accounts.exists(login)) {
            accounts.create(login, login.toCharArray(), displayName, Set.of(role), school, region, guardian, student,
                    DemoFamilies.OFFICE);
        }
    }
}
