package ru.ediary.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP's figure for SHA-512): about a third of a second per
 * check on this class of machine, slow for a guesser and tolerable for a sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verifying against this costs as much as against a real hash, so an unknown login takes as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    public void spendTimeOfOneCheck(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
