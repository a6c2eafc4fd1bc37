package ru.ediary.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;

/**
 * The sign-in of a system account (the journal's) on every SOAP request. A journal sends a request every few seconds
 * and a PBKDF2 check costs about 0.3 s, so a credential verified in the last {@link #KEPT} is accepted again without
 * it — but only while the account is unlocked and its stored password hash is the one it was verified against, both
 * read from the database on every request: a password change, a credential rotation or a lock (on any instance)
 * ends the cached acceptance at once. The cache holds an HMAC of the password under a key made at start, never the
 * password. Anything not in the cache goes through {@link SignIn} with its slow-down and audit.
 */
@ApplicationScoped
public class ServiceSignIn {

    static final Duration KEPT = Duration.ofMinutes(5);

    @Inject
    SignIn signIn;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    private final SecretKeySpec key = newKey();
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String storedHash, String presented, Instant until, SignInVerdict verdict) {
    }

    @Transactional
    public SignInVerdict attempt(String login, char[] password, String remoteAddress) {
        String name = login == null ? "" : login.trim();
        Optional<Account> account = accounts.byLogin(name);
        String presented = fingerprint(name, password);
        Instant now = clock.instant();
        if (account.isPresent()) {
            Verified known = verified.get(name);
            Account current = account.get();
            if (known != null && !current.isLocked() && known.storedHash().equals(current.getPasswordHash())
                    && known.presented().equals(presented) && now.isBefore(known.until())) {
                return known.verdict();
            }
        }
        SignInVerdict verdict = signIn.attempt(name, password, remoteAddress);
        if (verdict.accepted() && account.isPresent()) {
            verified.put(name, new Verified(account.get().getPasswordHash(), presented, now.plus(KEPT), verdict));
        }
        // A refused attempt leaves the verified credential in place: a stranger's wrong password must not make the
        // journal's next request pay a full check; a rotation or lock ends the credential by itself (see above).
        return verdict;
    }

    private String fingerprint(String login, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(login.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = Arrays.copyOf(bytes.array(), bytes.limit());
            Arrays.fill(bytes.array(), (byte) 0);
            byte[] digest = mac.doFinal(raw);
            Arrays.fill(raw, (byte) 0);
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static SecretKeySpec newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
