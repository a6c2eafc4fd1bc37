package ru.ediary.identity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person may choose as their password (OWASP ASVS 2.1.1 and 2.1.7): at least {@link #MIN_LENGTH} characters,
 * not among the 10,000 most common passwords (whatever the letter case), and neither the login nor the password it
 * replaces. Length rather than composition rules: a Russian passphrase of four words is better than «Qwerty1!».
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final String COMMON = "common-passwords.txt";
    private static final PasswordPolicy STANDARD = new PasswordPolicy(load());

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** Why {@code chosen} may not be the new password of {@code login}, as a message key; empty when it may. */
    public Optional<String> refusal(String login, String chosen, String current) {
        if (chosen.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (chosen.equalsIgnoreCase(login) || chosen.equals(current)) {
            return Optional.of("password.tooObvious");
        }
        if (common.contains(chosen.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException(COMMON + " is missing beside " + PasswordPolicy.class.getName());
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
