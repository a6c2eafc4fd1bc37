package ru.ediary.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the Faces page /login.xhtml; the account store is {@link AccountIdentityStore}. A protected
 * page opened without a session redirects there and returns to the page after sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class WebSecurity {
}
