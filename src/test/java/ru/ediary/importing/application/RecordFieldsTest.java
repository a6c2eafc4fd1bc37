package ru.ediary.importing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.ediary.importing.model.FieldSpec;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.school.model.PeriodKind;

/** Parsing of the journal's text fields, and what the journal is told when a value does not parse. */
class RecordFieldsTest {

    /** The fields of a record of the kind: those given, and a placeholder for every other required one. */
    private static RecordFields fields(RecordKind kind, String... pairs) throws RecordRejected {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        kind.fields().values().stream().filter(FieldSpec::required)
                .forEach(spec -> fields.putIfAbsent(spec.name(), "placeholder"));
        return RecordFields.checked(new SourcedRecord(kind, "R-1", 1, false, null, fields));
    }

    /** The rejection, asserted to be of the code and the field given. */
    private static RecordRejected rejected(RejectionCode code, String field, Executable reading) {
        RecordRejected rejected = assertThrows(RecordRejected.class, reading);
        assertEquals(code, rejected.code(), rejected.getMessage());
        assertEquals(field, rejected.field(), rejected.getMessage());
        return rejected;
    }

    private static RecordFields timetable(String field, String value) throws RecordRejected {
        return fields(RecordKind.TIMETABLE_ENTRY, field, value);
    }

    @Test
    void checkedRefusesAFieldTheKindDoesNotHaveAndListsTheKnownOnes() {
        RecordRejected rejected = rejected(RejectionCode.UNKNOWN_FIELD, "colour",
                () -> fields(RecordKind.SUBJECT, "name", "Математика", "colour", "red"));
        assertEquals("a subject has no such field; known fields: [name, shortName]", rejected.getMessage());
    }

    @Test
    void checkedRefusesAnAbsentOrBlankRequiredField() {
        rejected(RejectionCode.MISSING_FIELD, "name", () -> RecordFields.checked(
                SourcedRecord.of(RecordKind.SUBJECT, "R-1", 1).with("shortName", "Мат.").build()));
        RecordRejected blank = rejected(RejectionCode.MISSING_FIELD, "name",
                () -> fields(RecordKind.SUBJECT, "name", " \t "));
        assertEquals("the field is required", blank.getMessage());
    }

    @Test
    void aBlankOptionalFieldIsAbsent() throws RecordRejected {
        RecordFields fields = fields(RecordKind.SUBJECT, "name", "Математика", "shortName", "  ");
        assertFalse(fields.has("shortName"));
        assertNull(fields.optionalText("shortName"));
    }

    @Test
    void textIsTrimmed() throws RecordRejected {
        assertEquals("Математика", fields(RecordKind.SUBJECT, "name", "  Математика ").text("name", 10));
    }

    @Test
    void textLongerThanItsColumnIsRefusedNotCut() throws RecordRejected {
        RecordFields fields = fields(RecordKind.SUBJECT, "name", "Математика", "shortName", "Матем.");
        assertEquals("Математика", fields.text("name", 10));
        RecordRejected rejected = rejected(RejectionCode.INVALID_VALUE, "name", () -> fields.text("name", 9));
        assertEquals("is 10 characters long, at most 9 are allowed", rejected.getMessage());
        rejected(RejectionCode.INVALID_VALUE, "shortName", () -> fields.optionalText("shortName", 5));
    }

    @Test
    void datesAreIso() throws RecordRejected {
        RecordFields fields = timetable("validFrom", "2026-09-01");
        assertEquals(LocalDate.of(2026, 9, 1), fields.date("validFrom"));
        assertNull(fields.optionalDate("validTo"));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"01.09.2026", "2026-9-1", "2026-02-30", "завтра"})
    void aDateThatIsNotIsoIsRefusedNamingTheValueAndTheForm(String value) throws RecordRejected {
        RecordFields fields = timetable("validFrom", value);
        RecordRejected rejected = rejected(RejectionCode.INVALID_VALUE, "validFrom", () -> fields.date("validFrom"));
        assertEquals("«" + value + "» is not a date like 2026-09-01", rejected.getMessage());
    }

    @Test
    void timesAreHoursAndMinutes() throws RecordRejected {
        assertEquals(LocalTime.of(8, 30), timetable("startsAt", "08:30").time("startsAt"));
        RecordFields lesson = fields(RecordKind.LESSON, "startsAt", "08:30");
        assertEquals(LocalTime.of(8, 30), lesson.optionalTime("startsAt"));
        assertNull(lesson.optionalTime("endsAt"));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"8:30", "25:00", "08.30"})
    void aTimeThatIsNotHoursAndMinutesIsRefused(String value) throws RecordRejected {
        RecordFields fields = timetable("startsAt", value);
        RecordRejected rejected = rejected(RejectionCode.INVALID_VALUE, "startsAt", () -> fields.time("startsAt"));
        assertEquals("«" + value + "» is not a time like 08:30", rejected.getMessage());
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = ';', value = {"1.5; 1.5", "1,5; 1.5", "' 2 '; 2", "0; 0", "10; 10", "0,25; 0.25"})
    void decimalsTakeAPointOrAComma(String value, String expected) throws RecordRejected {
        BigDecimal weight = fields(RecordKind.WORK_TYPE, "name", "Ответ", "weight", value)
                .decimal("weight", BigDecimal.ZERO, BigDecimal.TEN);
        assertEquals(new BigDecimal(expected), weight);
    }

    @Test
    void aDecimalOutOfRangeOrNotANumberIsRefused() throws RecordRejected {
        RecordFields tooHeavy = fields(RecordKind.WORK_TYPE, "name", "Ответ", "weight", "10,01");
        assertEquals("10.01 is out of range 0–10", rejected(RejectionCode.INVALID_VALUE, "weight",
                () -> tooHeavy.decimal("weight", BigDecimal.ZERO, BigDecimal.TEN)).getMessage());
        RecordFields notANumber = fields(RecordKind.WORK_TYPE, "name", "Ответ", "weight", "1,5,0");
        assertEquals("«1.5.0» is not a number like 1.5", rejected(RejectionCode.INVALID_VALUE, "weight",
                () -> notANumber.decimal("weight", BigDecimal.ZERO, BigDecimal.TEN)).getMessage());
    }

    @Test
    void integersAreCheckedAgainstTheirRange() throws RecordRejected {
        RecordFields fields = timetable("slot", "12");
        assertEquals(12, fields.integer("slot", 0, 12));
        assertEquals("12 is out of range 0–11", rejected(RejectionCode.INVALID_VALUE, "slot",
                () -> fields.integer("slot", 0, 11)).getMessage());
        assertEquals("«2.5» is not a whole number", rejected(RejectionCode.INVALID_VALUE, "slot",
                () -> timetable("slot", "2.5").integer("slot", 0, 12)).getMessage());
        assertNull(fields(RecordKind.HOLIDAY).optionalInteger("onlyGrade", 1, 11));
        assertEquals(1, fields(RecordKind.HOLIDAY, "onlyGrade", "1").optionalInteger("onlyGrade", 1, 11));
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource({"true, true", "TRUE, true", "1, true", "false, false", "False, false", "0, false"})
    void flagsAreTrueFalseOneOrZero(String value, boolean expected) throws RecordRejected {
        assertEquals(expected, fields(RecordKind.LESSON_TYPE, "name", "Урок", "controlWork", value)
                .flag("controlWork"));
    }

    @Test
    void anAbsentFlagIsFalseAndAnyOtherValueIsRefused() throws RecordRejected {
        assertFalse(fields(RecordKind.LESSON_TYPE, "name", "Урок").flag("controlWork"));
        RecordFields fields = fields(RecordKind.LESSON_TYPE, "name", "Урок", "controlWork", "да");
        assertEquals("«да» is not true or false", rejected(RejectionCode.INVALID_VALUE, "controlWork",
                () -> fields.flag("controlWork")).getMessage());
    }

    @Test
    void enumerationsAreNamedIgnoringCase() throws RecordRejected {
        RecordFields fields = fields(RecordKind.SCHOOL_CLASS, "periodKind", "half_year");
        assertEquals(PeriodKind.HALF_YEAR, fields.enumValue("periodKind", PeriodKind.class));
    }

    @Test
    void anUnknownEnumerationValueIsRefusedListingTheKnownOnes() {
        RecordRejected rejected = rejected(RejectionCode.INVALID_VALUE, "periodKind",
                () -> fields(RecordKind.SCHOOL_CLASS, "periodKind", "четверть")
                        .enumValue("periodKind", PeriodKind.class));
        assertEquals("«четверть» is not one of [QUARTER, TRIMESTER, HALF_YEAR, YEAR]", rejected.getMessage());
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource({"1, MONDAY", "6, SATURDAY", "7, SUNDAY", "friday, FRIDAY", "TUESDAY, TUESDAY"})
    void aWeekdayIsItsIsoNumberOrEnglishName(String value, DayOfWeek expected) throws RecordRejected {
        assertEquals(expected, timetable("weekday", value).weekday("weekday"));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"0", "8", "пн", "Mon"})
    void anythingElseIsNoWeekday(String value) {
        RecordRejected rejected = rejected(RejectionCode.INVALID_VALUE, "weekday",
                () -> timetable("weekday", value).weekday("weekday"));
        assertTrue(rejected.getMessage().startsWith("«" + value + "» is not one of [MONDAY"),
                rejected.getMessage());
    }

    @Test
    void aRuleSpanningFieldsIsReportedAgainstTheFieldNamed() throws RecordRejected {
        RecordRejected rejected = timetable("endsAt", "08:00").invalid("endsAt", "ends before it starts");
        assertEquals(RejectionCode.INVALID_VALUE, rejected.code());
        assertEquals("endsAt", rejected.field());
        assertEquals("ends before it starts", rejected.getMessage());
    }
}
