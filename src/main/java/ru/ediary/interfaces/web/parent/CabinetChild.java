package ru.ediary.interfaces.web.parent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.ediary.identity.application.AccessDenied;
import ru.ediary.identity.application.CabinetAccess;

/**
 * Whose diary this request shows. Every cabinet page runs {@link #open()} as its view action: the child comes from
 * the {@code student} request parameter (the child switcher and every link carry it) and is checked by
 * {@link CabinetAccess#requireChild} — a child the account may not see answers HTTP 403 («Нет доступа») after the
 * audit entry, before anything of the page is rendered. Without the parameter the first child is shown.
 */
@Named("cabinet")
@RequestScoped
public class CabinetChild {

    static final String STUDENT_PARAMETER = "student";

    @Inject
    CabinetAccess access;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private CabinetAccess.Cabinet cabinet;
    private CabinetAccess.Child child;
    @Inject
    Clock clock;

    private LocalDate today;

    /** The view action of every cabinet page. */
    public void open() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            refuse(context, 401, "sign in first");
            return;
        }
        cabinet = access.cabinet(caller.getName());
        if (!cabinet.open()) {
            return; // the page shows why (consent not given) and nothing of any child
        }
        String requested = external.getRequestParameterMap().get(STUDENT_PARAMETER);
        try {
            if (requested == null || requested.isBlank()) {
                child = cabinet.children().isEmpty() ? null : cabinet.children().get(0);
            } else {
                child = access.requireChild(cabinet, caller.getName(), Long.parseLong(requested.trim()),
                        ((HttpServletRequest) external.getRequest()).getRemoteAddr());
            }
        } catch (NumberFormatException e) {
            refuse(context, 400, "student must be a number");
        } catch (AccessDenied e) {
            refuse(context, 403, "Нет доступа");
        }
    }

    /**
     * Ends the request with an error status and its error page (forbidden.xhtml for 403). The response is marked
     * complete first: the container renders the error page inside sendError, in a Faces request of its own.
     */
    private static void refuse(FacesContext context, int status, String message) throws IOException {
        ExternalContext external = context.getExternalContext();
        context.responseComplete();
        external.responseSendError(status, message);
    }

    /** Whether the diary may be shown: consent stands (for a guardian) and there is a child to show. */
    public boolean isOpen() {
        return cabinet != null && cabinet.open() && child != null;
    }

    /** A guardian whose consent is not given: the page explains instead of showing anything. */
    public boolean isConsentNeeded() {
        return cabinet != null && !cabinet.open() && cabinet.plan() != null;
    }

    public boolean isGuardian() {
        return cabinet != null && cabinet.plan() != null;
    }

    public List<CabinetAccess.Child> getChildren() {
        return cabinet == null ? List.of() : cabinet.children();
    }

    /** Whether the switcher is worth showing: more than one child. */
    public boolean isSeveral() {
        return getChildren().size() > 1;
    }

    /** «?student=42» for a guardian's links, so that every page stays with the chosen child; empty for a student. */
    public String getChildQuery() {
        return isGuardian() && child != null ? "?" + STUDENT_PARAMETER + "=" + child.studentId() : "";
    }

    /** «&amp;student=42» (or nothing) to append to a link that already has a parameter. */
    public String getChildParam() {
        return isGuardian() && child != null ? "&" + STUDENT_PARAMETER + "=" + child.studentId() : "";
    }

    public CabinetAccess.Child getChild() {
        return child;
    }

    /** The child's id for the services; only after {@link #open()} admitted it. */
    long studentId() {
        if (child == null) {
            throw new IllegalStateException("no child admitted on this request");
        }
        return child.studentId();
    }

    /** «/parent» or «/student»: the cabinet's pages exist under both, and links stay in the one in use. */
    public String getBase() {
        String view = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        return view.startsWith("/student/") ? "/student" : "/parent";
    }

    public LocalDate getToday() {
        if (today == null) {
            today = LocalDate.now(clock);
        }
        return today;
    }

    /** A request parameter as a date (yyyy-MM-dd), or null when absent or not a date. */
    LocalDate dateParameter(String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A request parameter as a number, or null when absent or not a number. */
    Long longParameter(String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
