package ru.ediary.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ediary.identity.model.Role;

/** The page each role lands on after signing in. */
final class Landing {

    private Landing() {
    }

    /** The landing page of the account signed in on this request. */
    static String pageFor(HttpServletRequest request) {
        return pageFor(Arrays.stream(Role.values()).map(Enum::name).filter(request::isUserInRole)
                .collect(Collectors.toSet()));
    }

    static String pageFor(Set<String> roles) {
        if (roles.contains(Role.SCHOOL_ADMIN.name())) {
            return "/admin/index.xhtml";
        }
        if (roles.contains(Role.REGION.name()) || roles.contains(Role.SUPERUSER.name())) {
            return "/region/index.xhtml";
        }
        if (roles.contains(Role.PARENT.name())) {
            return "/parent/index.xhtml";
        }
        if (roles.contains(Role.STUDENT.name())) {
            return "/student/index.xhtml";
        }
        if (roles.contains(Role.JOURNAL.name())) {
            return "/journal/index.xhtml";
        }
        return "/index.xhtml";
    }
}
