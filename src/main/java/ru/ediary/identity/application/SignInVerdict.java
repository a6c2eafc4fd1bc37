package ru.ediary.identity.application;

import java.util.Set;
import ru.ediary.identity.model.Role;

/** The answer to a sign-in attempt; a refusal never says whether the login or the password was wrong. */
public record SignInVerdict(boolean accepted, String login, Set<Role> roles) {

    static SignInVerdict refused() {
        return new SignInVerdict(false, null, Set.of());
    }
}
