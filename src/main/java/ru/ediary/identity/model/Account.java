package ru.ediary.identity.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import ru.ediary.family.model.Guardian;
import ru.ediary.school.model.Region;
import ru.ediary.school.model.School;
import ru.ediary.school.model.Student;

/**
 * Учётная запись: a person's or a system's sign-in. Staff, parents, students and journal accounts are bound to
 * one school; a regional account to a region.
 */
@Entity
@Table(name = "account")
public class Account {

    /** After this many failed sign-ins in a row, each further attempt has to wait (see {@link #retryAllowedAt()}). */
    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String login;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String login, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Account bindTo(School school, Region region, Guardian guardian, Student student) {
        this.school = school;
        this.region = region;
        this.guardian = guardian;
        this.student = student;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** An account a program signs in with (the journal's exchange, the region's reports), not a person. */
    public boolean isServiceAccount() {
        return roles.contains(Role.JOURNAL) || roles.contains(Role.REGION);
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public School getSchool() {
        return school;
    }

    public Region getRegion() {
        return region;
    }

    public Guardian getGuardian() {
        return guardian;
    }

    public Student getStudent() {
        return student;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    /**
     * Repeated failures slow guessing down: the first {@value #FREE_FAILURES} are free, then each one doubles the
     * wait before the next attempt is even checked (2 s, 4 s, 8 s … up to five minutes).
     */
    public Instant retryAllowedAt() {
        if (failedAttempts < FREE_FAILURES || lastFailureAt == null) {
            return Instant.MIN;
        }
        int excess = Math.min(failedAttempts - FREE_FAILURES + 1, 20);
        Duration wait = Duration.ofSeconds(1L << excess);
        return lastFailureAt.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    /** The rule in memory; sign-in counts through {@link AccountRepository#recordFailure}, one UPDATE, instead. */
    public void recordFailure(Instant at) {
        failedAttempts++;
        lastFailureAt = at;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lastFailureAt = null;
    }

    public void lock() {
        locked = true;
    }

    public void unlock() {
        locked = false;
        recordSuccess();
    }

    public void changePasswordHash(String newHash, boolean mustChangeAtNextSignIn) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextSignIn;
    }
}
