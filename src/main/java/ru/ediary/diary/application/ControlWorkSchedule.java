package ru.ediary.diary.application;

import java.time.LocalDate;
import java.util.List;

/** График контрольных работ of a reporting period. */
public record ControlWorkSchedule(List<PeriodChoice> periods, PeriodChoice period, List<Line> works) {

    public List<PeriodChoice> getPeriods() {
        return periods;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public List<Line> getWorks() {
        return works;
    }


    public record Line(LocalDate plannedOn, String subject, String topic, String workType, boolean past) {

        public LocalDate getPlannedOn() {
            return plannedOn;
        }

        public String getSubject() {
            return subject;
        }

        public String getTopic() {
            return topic;
        }

        public String getWorkType() {
            return workType;
        }

        public boolean isPast() {
            return past;
        }
    }
}
