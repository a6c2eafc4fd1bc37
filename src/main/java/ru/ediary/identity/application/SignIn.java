package ru.ediary.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.ediary.audit.application.AuditLog;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;

/**
 * Checks a login and password against the accounts. Guessing is slowed per login (each failure beyond the first
 * few doubles the wait before the next attempt is even checked) and per client address ({@link SignInAddresses}).
 * Service accounts (the journal's, the region's) are spared the per-login wait: otherwise anyone could stop a
 * school's exchange by failing its login on purpose; their long generated passwords and the per-address limit
 * stand against guessing instead, and every failure is still counted and audited.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Inject
    SignInAddresses addresses;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInVerdict attempt(String login, char[] password, String remoteAddress) {
        return check(login, password, remoteAddress, "SIGN_IN");
    }

    /**
     * The current password asked again before it is changed: throttled and counted like a sign-in, so an open
     * session left behind cannot be used to guess the password (audited as PASSWORD_CHECK_*).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean confirmsPassword(String login, char[] password, String remoteAddress) {
        return check(login, password, remoteAddress, "PASSWORD_CHECK").accepted();
    }

    /** @param action the audit action of success; failures add _FAILED, _REFUSED (unchecked), _UNKNOWN_LOGIN */
    private SignInVerdict check(String login, char[] password, String remoteAddress, String action) {
        if (addresses.isBlocked(remoteAddress)) {
            audit.record(shorten(login), action + "_REFUSED", null, null, "too many failed logins from this address",
                    remoteAddress);
            return SignInVerdict.refused();
        }
        Optional<Account> found = login == null ? Optional.empty() : accounts.byLogin(login.trim());
        if (found.isEmpty()) {
            hashing.spendTimeOfOneCheck(password);
            addresses.failed(remoteAddress, login);
            // guesses at logins show up in the log too (the login as typed, cut short: it may be a mistyped password)
            audit.record(shorten(login), action + "_UNKNOWN_LOGIN", null, null, null, remoteAddress);
            return SignInVerdict.refused();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLocked() || (!account.isServiceAccount() && now.isBefore(account.retryAllowedAt()))) {
            // Not even checked: a guesser gains nothing from attempts made during the wait.
            audit.record(account.getLogin(), action + "_REFUSED", schoolId(account), null,
                    account.isLocked() ? "account locked" : "too many failures, waiting", remoteAddress);
            return SignInVerdict.refused();
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            accounts.recordFailure(account.getLogin(), now);
            addresses.failed(remoteAddress, account.getLogin());
            audit.record(account.getLogin(), action + "_FAILED", schoolId(account), null,
                    "failed attempts in a row before this one: " + account.getFailedAttempts(), remoteAddress);
            return SignInVerdict.refused();
        }
        account.recordSuccess();
        if (action.equals("SIGN_IN")) {
            audit.record(account.getLogin(), action, schoolId(account), null, null, remoteAddress);
        }
        return new SignInVerdict(true, account.getLogin(), account.getRoles());
    }

    private static Long schoolId(Account account) {
        return account.getSchool() == null ? null : account.getSchool().getId();
    }

    private static String shorten(String login) {
        String trimmed = login == null ? "" : login.trim();
        return trimmed.length() <= 60 ? trimmed : trimmed.substring(0, 60);
    }
}
