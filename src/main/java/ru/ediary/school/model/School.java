package ru.ediary.school.model;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;

/** Образовательная организация: the tenant that owns every journal record. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    /** A stable code the journal and the region use for this school. */
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "short_name", nullable = false, length = 100)
    private String shortName;

    /** The highest level of general education the school provides (НОШ: primary, ООШ: basic, СОШ: secondary). */
    @Enumerated(EnumType.STRING)
    @Column(name = "top_level", nullable = false, length = 16)
    private EducationLevel topLevel;

    @Column(length = 300)
    private String address;

    /** Rounding thresholds of the forecast (DESIGN §5); a school may raise them, e.g. to 4.6 / 3.6 / 2.6. */
    @Column(name = "grade5_from", nullable = false, precision = 3, scale = 2)
    private BigDecimal grade5From = new BigDecimal("4.50");

    @Column(name = "grade4_from", nullable = false, precision = 3, scale = 2)
    private BigDecimal grade4From = new BigDecimal("3.50");

    @Column(name = "grade3_from", nullable = false, precision = 3, scale = 2)
    private BigDecimal grade3From = new BigDecimal("2.50");

    @Column(name = "forecast_min_marks", nullable = false)
    private int forecastMinMarks = 3;

    /**
     * Whether the three days of the publication rule are working days (Monday to Friday outside the school's
     * holidays) rather than calendar days; a school's own choice, made in the office.
     */
    @Column(name = "result_deadline_working_days", nullable = false)
    private boolean resultDeadlineInWorkingDays;

    protected School() {
    }

    public School(Region region, String code, String name, String shortName, EducationLevel topLevel, String address) {
        this.region = region;
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.topLevel = topLevel;
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public EducationLevel getTopLevel() {
        return topLevel;
    }

    public String getAddress() {
        return address;
    }

    public BigDecimal getGrade5From() {
        return grade5From;
    }

    public BigDecimal getGrade4From() {
        return grade4From;
    }

    public BigDecimal getGrade3From() {
        return grade3From;
    }

    public int getForecastMinMarks() {
        return forecastMinMarks;
    }

    public boolean isResultDeadlineInWorkingDays() {
        return resultDeadlineInWorkingDays;
    }

    public void countResultDeadlineInWorkingDays(boolean workingDays) {
        this.resultDeadlineInWorkingDays = workingDays;
    }

    /** The highest grade (класс) this school teaches. */
    public int topGrade() {
        return switch (topLevel) {
            case PRIMARY -> 4;
            case BASIC -> 9;
            case SECONDARY -> 11;
        };
    }
}
