package ru.ediary.interfaces.exchange;

import ru.ediary.assessment.model.ResultCategory;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.interfaces.regional.contract.CompletenessFigures;
import ru.ediary.interfaces.regional.contract.ConsentFigures;
import ru.ediary.interfaces.regional.contract.DeliveryFigures;
import ru.ediary.interfaces.regional.contract.EducationLevel;
import ru.ediary.interfaces.regional.contract.GradeLevelFigures;
import ru.ediary.interfaces.regional.contract.IndicatorPoint;
import ru.ediary.interfaces.regional.contract.LessonCounts;
import ru.ediary.interfaces.regional.contract.LessonFigures;
import ru.ediary.interfaces.regional.contract.LessonTypeCount;
import ru.ediary.interfaces.regional.contract.PeriodKind;
import ru.ediary.interfaces.regional.contract.PeriodRef;
import ru.ediary.interfaces.regional.contract.PublicationFigures;
import ru.ediary.interfaces.regional.contract.RegionalReport;
import ru.ediary.interfaces.regional.contract.ResultFigures;
import ru.ediary.interfaces.regional.contract.SchoolCard;
import ru.ediary.interfaces.regional.contract.SchoolFigures;
import ru.ediary.interfaces.regional.contract.SubjectFigures;
import ru.ediary.interfaces.regional.contract.SubjectLessons;
import ru.ediary.reporting.application.SchoolReport;
import ru.ediary.reporting.model.Completeness;
import ru.ediary.reporting.model.ConsentCoverage;
import ru.ediary.reporting.model.LessonLine;
import ru.ediary.reporting.model.Published;
import ru.ediary.reporting.model.Timeliness;

/** Regional reporting's figures in the contract's types: a suppressed cell is suppressed="true" with no figures. */
final class RegionalMapping {

    private RegionalMapping() {
    }

    static SchoolCard card(ru.ediary.reporting.application.SchoolCard school) {
        SchoolCard card = new SchoolCard();
        card.setCode(school.code());
        card.setName(school.name());
        card.setShortName(school.shortName());
        card.setLevel(EducationLevel.valueOf(school.level().name()));
        card.setAddress(school.address());
        card.setClasses(school.classes());
        card.setStudents(school.students());
        card.setLastBatchAt(XmlTime.instant(school.lastBatchAt()));
        return card;
    }

    static RegionalReport report(ru.ediary.reporting.application.RegionalReport report) {
        RegionalReport contract = new RegionalReport();
        contract.setRegionName(report.regionName());
        contract.setSchoolYear(report.schoolYear());
        contract.setPeriod(period(report.period()));
        contract.setStartsOn(XmlTime.date(report.startsOn()));
        contract.setEndsOn(XmlTime.date(report.endsOn()));
        contract.setGeneratedAt(XmlTime.instant(report.generatedAt()));
        report.schools().forEach(s -> contract.getSchool().add(school(s)));
        contract.setTotal(school(report.total()));
        return contract;
    }

    static IndicatorPoint point(ru.ediary.reporting.application.IndicatorPoint point) {
        IndicatorPoint contract = new IndicatorPoint();
        contract.setSchoolYear(point.schoolYear());
        contract.setPeriod(period(point.period()));
        contract.setStartsOn(XmlTime.date(point.startsOn()));
        contract.setEndsOn(XmlTime.date(point.endsOn()));
        contract.setSuppressed(point.suppressed());
        contract.setValue(point.value());
        return contract;
    }

    private static SchoolFigures school(SchoolReport school) {
        SchoolFigures figures = new SchoolFigures();
        figures.setCode(school.code());
        figures.setName(school.name());
        figures.setResults(results(school.results()));
        for (SchoolReport.GradeLine line : school.grades()) {
            GradeLevelFigures grade = new GradeLevelFigures();
            grade.setGrade(line.grade());
            grade.setResults(results(line.results()));
            figures.getGradeLevel().add(grade);
        }
        for (SchoolReport.SubjectLine line : school.subjects()) {
            SubjectFigures subject = new SubjectFigures();
            subject.setName(line.subject());
            subject.setResults(results(line.results()));
            figures.getSubject().add(subject);
        }
        figures.setCompleteness(completeness(school.completeness()));
        figures.setLessons(lessons(school));
        figures.setPublication(publication(school.publication()));
        figures.setConsent(consent(school.consent()));
        DeliveryFigures delivery = new DeliveryFigures();
        delivery.setEmailsSent(school.delivery().emailsSent());
        delivery.setSmsSent(school.delivery().smsSent());
        delivery.setDead(school.delivery().dead());
        figures.setDelivery(delivery);
        return figures;
    }

    private static ResultFigures results(Published<ResultDistribution> published) {
        ResultFigures figures = new ResultFigures();
        figures.setSuppressed(published.isSuppressed());
        published.figures().ifPresent(d -> {
            figures.setAssessed(d.assessed());
            figures.setFive(d.count(ResultCategory.FIVE));
            figures.setFour(d.count(ResultCategory.FOUR));
            figures.setThree(d.count(ResultCategory.THREE));
            figures.setTwo(d.count(ResultCategory.TWO));
            figures.setNotAttested(d.count(ResultCategory.NOT_ATTESTED));
            figures.setExempt(d.count(ResultCategory.EXEMPT));
            figures.setPassed(d.count(ResultCategory.PASS));
            figures.setFailed(d.count(ResultCategory.FAIL));
            figures.setAverageGrade(d.average().orElse(null));
            figures.setPassRate(d.passRate().orElse(null));
            figures.setQualityRate(d.qualityRate().orElse(null));
            figures.setLearningDegree(d.learningDegree().orElse(null));
        });
        return figures;
    }

    private static CompletenessFigures completeness(Published<Completeness> published) {
        CompletenessFigures figures = new CompletenessFigures();
        figures.setSuppressed(published.isSuppressed());
        published.figures().ifPresent(c -> {
            figures.setStudents(c.students());
            figures.setDue(c.due());
            figures.setGraded(c.graded());
            figures.setActiveDeferrals(c.activeDeferrals());
            figures.setOverdueDeferrals(c.overdueDeferrals());
            figures.setGaps(c.gaps());
        });
        return figures;
    }

    private static PublicationFigures publication(Published<Timeliness> published) {
        PublicationFigures figures = new PublicationFigures();
        figures.setSuppressed(published.isSuppressed());
        published.figures().ifPresent(t -> {
            figures.setOnTime(t.onTime());
            figures.setLate(t.late());
            figures.setOverdue(t.overdue());
            figures.setWaiting(t.waiting());
        });
        return figures;
    }

    private static ConsentFigures consent(Published<ConsentCoverage> published) {
        ConsentFigures figures = new ConsentFigures();
        figures.setSuppressed(published.isSuppressed());
        published.figures().ifPresent(c -> {
            figures.setGuardians(c.guardians());
            figures.setGiven(c.given());
            figures.setRefused(c.refused());
            figures.setWithdrawn(c.withdrawn());
            figures.setNoAnswer(c.noAnswer());
            figures.setOnPaper(c.onPaper());
        });
        return figures;
    }

    private static LessonFigures lessons(SchoolReport school) {
        LessonFigures figures = new LessonFigures();
        for (LessonLine line : school.lessons()) {
            SubjectLessons subject = new SubjectLessons();
            subject.setName(line.subject());
            subject.setPlanned(line.planned());
            subject.setHeld(line.held());
            subject.setDeficit(line.deficit());
            figures.getSubject().add(subject);
        }
        LessonLine total = school.lessonTotal();
        LessonCounts counts = new LessonCounts();
        counts.setPlanned(total.planned());
        counts.setHeld(total.held());
        counts.setDeficit(total.deficit());
        figures.setTotal(counts);
        school.lessonTypes().forEach(t -> {
            LessonTypeCount type = new LessonTypeCount();
            type.setName(t.type());
            type.setHeld(t.held());
            figures.getLessonType().add(type);
        });
        return figures;
    }

    private static PeriodRef period(ru.ediary.reporting.model.PeriodRef period) {
        PeriodRef contract = new PeriodRef();
        contract.setKind(PeriodKind.valueOf(period.kind().name()));
        contract.setNumber(period.number());
        return contract;
    }
}
