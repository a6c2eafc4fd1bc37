package ru.ediary.diary.application;

import java.time.LocalDate;
import java.util.List;

/** The page a parent opens every evening: today and tomorrow, fresh marks, homework, alerts, forecasts. */
public record Overview(DiaryWeek.Day today, DiaryWeek.Day tomorrow, List<MarkLine> recentMarks,
                       List<HomeworkLine> homeworkTomorrow, List<Alert> alerts, List<SubjectForecast> forecasts,
                       PeriodChoice period) {

    public DiaryWeek.Day getToday() {
        return today;
    }

    public DiaryWeek.Day getTomorrow() {
        return tomorrow;
    }

    public List<MarkLine> getRecentMarks() {
        return recentMarks;
    }

    public List<HomeworkLine> getHomeworkTomorrow() {
        return homeworkTomorrow;
    }

    public List<Alert> getAlerts() {
        return alerts;
    }

    public List<SubjectForecast> getForecasts() {
        return forecasts;
    }

    public PeriodChoice getPeriod() {
        return period;
    }


    /**
     * Something to notice: {@code kind} SUBSTITUTION, MOVE, CANCELLATION (today or tomorrow), CONTROL_WORK (this
     * week), FINAL_GRADE (published in the last days), DEFERRAL (active).
     */
    public record Alert(String kind, LocalDate date, String subject, String detail) {

        public String getKind() {
            return kind;
        }

        public LocalDate getDate() {
            return date;
        }

        public String getSubject() {
            return subject;
        }

        public String getDetail() {
            return detail;
        }
    }
}
