package ru.ediary.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import ru.ediary.identity.application.SignIn;
import ru.ediary.identity.application.SignInVerdict;

/** Jakarta Security's view of eDiary's accounts: the PBKDF2 check and the slow-down live in {@link SignIn}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInVerdict verdict = signIn.attempt(given.getCaller(), given.getPassword().getValue(), remoteAddress());
        if (!verdict.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(verdict.login(),
                verdict.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
