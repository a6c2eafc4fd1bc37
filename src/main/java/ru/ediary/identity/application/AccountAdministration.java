package ru.ediary.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;
import ru.ediary.identity.model.PasswordPolicy;
import ru.ediary.identity.model.Role;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * The school office's accounts work: staff and system (journal) accounts of the school, cabinet accounts for
 * guardians with an initial password on a printable sheet, credential rotation, locking; and everyone's own
 * password change.
 */
@ApplicationScoped
public class AccountAdministration {

    /** Roles the school office may give; regional and superuser accounts are the region's business. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.SCHOOL_ADMIN, Role.TEACHER, Role.JOURNAL);
    /** No 0/O, 1/l/I: the password is read off paper and typed by hand. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    @Inject
    Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    AccountRegistry registry;

    @Inject
    PasswordHashing hashing;

    @Inject
    SchoolDirectory schools;

    @Inject
    GuardianRepository guardians;

    @Inject
    AuditLog audit;

    @Inject
    SignIn signIn;

    /** A staff or system account as the accounts page lists it. */
    public record Line(String login, String displayName, String roles, boolean locked, boolean system,
                       boolean mustChangePassword) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public String getLogin() {
            return login;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getRoles() {
            return roles;
        }

        public boolean isLocked() {
            return locked;
        }

        public boolean isSystem() {
            return system;
        }

        public boolean isMustChangePassword() {
            return mustChangePassword;
        }
    }

    @Transactional
    public List<Line> staff(long schoolId) {
        return accounts.staffOf(school(schoolId)).stream().map(a -> new Line(a.getLogin(), a.getDisplayName(),
                a.getRoles().stream().map(Enum::name).sorted().reduce((x, y) -> x + ", " + y).orElse(""),
                a.isLocked(), a.getRoles().contains(Role.JOURNAL), a.isMustChangePassword())).toList();
    }

    /** A staff member's or a journal system's account; people must change the issued password at first sign-in. */
    @Transactional
    public IssuedPassword createStaff(long schoolId, String login, String displayName, Role role, String actor,
                                      String remoteAddress) {
        School school = school(schoolId);
        if (role == null || !STAFF_ROLES.contains(role)) {
            throw new Refusal("account.role.invalid");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new Refusal("account.name.required");
        }
        boolean person = role != Role.JOURNAL;
        return issue(login, displayName.trim(), EnumSet.of(role), school, null, person, actor, remoteAddress);
    }

    /** The cabinet account of a guardian of the school, with an initial password to hand over on paper. */
    @Transactional
    public IssuedPassword createForGuardian(long schoolId, long guardianId, String login, String actor,
                                            String remoteAddress) {
        School school = school(schoolId);
        Guardian guardian = guardians.byId(guardianId).filter(g -> g.getSchool().getId() == schoolId)
                .orElseThrow(() -> new Refusal("guardian.unknown", guardianId));
        return issue(login, guardian.getName().full(), EnumSet.of(Role.PARENT), school, guardian, true, actor,
                remoteAddress);
    }

    /**
     * A new password for an account of the school: for a journal system this is the credential rotation (the old
     * one stops working at once); for a person, a reset they must change at the next sign-in.
     */
    @Transactional
    public IssuedPassword renewPassword(long schoolId, String login, String actor, String remoteAddress) {
        Account account = accountOfSchool(schoolId, login);
        boolean person = !account.getRoles().contains(Role.JOURNAL);
        String password = newPassword();
        account.changePasswordHash(hashing.hash(password.toCharArray()), person);
        account.unlock();
        audit.record(actor, person ? "PASSWORD_RESET" : "CREDENTIALS_ROTATED", schoolId, "account:" + login, null,
                remoteAddress);
        return new IssuedPassword(login, account.getDisplayName(), password, account.getSchool().getShortName(),
                person);
    }

    @Transactional
    public void lock(long schoolId, String login, String actor, String remoteAddress) {
        if (login.equals(actor)) {
            throw new Refusal("account.lock.self");
        }
        accountOfSchool(schoolId, login).lock();
        audit.record(actor, "ACCOUNT_LOCKED", schoolId, "account:" + login, null, remoteAddress);
    }

    @Transactional
    public void unlock(long schoolId, String login, String actor, String remoteAddress) {
        accountOfSchool(schoolId, login).unlock();
        audit.record(actor, "ACCOUNT_UNLOCKED", schoolId, "account:" + login, null, remoteAddress);
    }

    /** Anyone's own password; the current one must be given, so a forgotten open session cannot take the account. */
    @Transactional
    public void changeOwnPassword(String login, char[] current, char[] chosen, char[] repeated, String remoteAddress) {
        // checked in a transaction of its own, so that a wrong guess stays counted when this one rolls back
        if (!signIn.confirmsPassword(login, current, remoteAddress)) {
            throw new Refusal("password.current.wrong");
        }
        Account account = accounts.byLogin(login).orElseThrow(() -> new Refusal("account.unknown"));
        String next = new String(chosen);
        if (!next.equals(new String(repeated))) {
            throw new Refusal("password.repeat.differs");
        }
        PasswordPolicy.standard().refusal(login, next, new String(current)).ifPresent(key -> {
            throw new Refusal(key, PasswordPolicy.MIN_LENGTH);
        });
        account.changePasswordHash(hashing.hash(chosen), false);
        Long schoolId = account.getSchool() == null ? null : account.getSchool().getId();
        audit.record(login, "PASSWORD_CHANGED", schoolId, "account:" + login, null, remoteAddress);
    }

    @Transactional
    public boolean mustChangePassword(String login) {
        return accounts.byLogin(login).map(Account::isMustChangePassword).orElse(false);
    }

    /** The guardian an account signs in for, if it is a guardian's. */
    @Transactional
    public Optional<Long> guardianOf(String login) {
        return accounts.byLogin(login).map(Account::getGuardian).map(Guardian::getId);
    }

    private IssuedPassword issue(String login, String displayName, Set<Role> roles, School school, Guardian guardian,
                                 boolean person, String actor, String remoteAddress) {
        String normalized = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(normalized).matches()) {
            throw new Refusal("account.login.invalid");
        }
        if (registry.exists(normalized)) {
            throw new Refusal("account.login.taken", normalized);
        }
        String password = newPassword();
        Account account = registry.create(normalized, password.toCharArray(), displayName, roles, school, null,
                guardian, null, actor);
        if (person) {
            account.changePasswordHash(account.getPasswordHash(), true);
        }
        return new IssuedPassword(normalized, displayName, password, school.getShortName(), person);
    }

    private Account accountOfSchool(long schoolId, String login) {
        return accounts.byLogin(login).filter(a -> a.getSchool() != null && a.getSchool().getId() == schoolId)
                .orElseThrow(() -> new Refusal("account.unknown"));
    }

    private School school(long schoolId) {
        return schools.school(schoolId).orElseThrow(() -> new Refusal("school.unknown", schoolId));
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
