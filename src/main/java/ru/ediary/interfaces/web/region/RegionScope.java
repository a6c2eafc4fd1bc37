package ru.ediary.interfaces.web.region;

import java.util.Locale;
import ru.ediary.identity.application.AccountRegistry;

/** The region a signed-in authority account reads, or none (an account bound to no region reads nothing). */
final class RegionScope {

    private RegionScope() {
    }

    static Long regionOf(AccountRegistry.Holder account) {
        return account == null ? null : account.regionId();
    }

    /**
     * The language of a file sent outside Faces: the pages' own, Russian whatever the browser asks for (faces-config
     * offers no other locale; once it lists English, choose here as Faces does).
     */
    static Locale locale(jakarta.servlet.http.HttpServletRequest request) {
        return Locale.forLanguageTag("ru");
    }
}
