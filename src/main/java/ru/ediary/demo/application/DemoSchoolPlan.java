package ru.ediary.demo.application;

import ru.ediary.school.model.EducationLevel;

/**
 * What a demo school looks like before its journal is generated: its identity (as the School row is created) and
 * its size. The structure follows from {@code topLevel}: a primary school has grades 1–4 assessed by quarters; a
 * secondary one grades 1–11, quarters for 1–9 and half-years for 10–11, English subgroups from grade 5 and one
 * student on an individual plan.
 *
 * @param code the school's stable code (School.code, at most 32 characters)
 * @param students about how many students to enrol
 * @param seed the seed of every random choice: the same plan and date always give the same journal
 */
public record DemoSchoolPlan(String code, String name, String shortName, EducationLevel topLevel, String address,
                             int students, long seed) {

    /** The small village primary school the demo accounts (parent, student) belong to. */
    public static final DemoSchoolPlan RABITICY = new DemoSchoolPlan("47-rabitica-nosh",
            "Муниципальное общеобразовательное учреждение «Рабитицкая начальная общеобразовательная школа»",
            "МОУ «Рабитицкая НОШ»", EducationLevel.PRIMARY,
            "Ленинградская область, Волосовский муниципальный район, д. Рабитицы", 40, 4_701L);

    /** A generated district-town secondary school of about 300 students. */
    public static final DemoSchoolPlan VOLOSOVO = new DemoSchoolPlan("47-volosovo-sosh1",
            "Муниципальное общеобразовательное учреждение «Волосовская средняя общеобразовательная школа № 1»",
            "МОУ «Волосовская СОШ № 1»", EducationLevel.SECONDARY,
            "Ленинградская область, Волосовский муниципальный район, г. Волосово", 300, 4_702L);

    /** The region both demo schools belong to. */
    public static final String REGION_CODE = "47";
    public static final String REGION_NAME = "Ленинградская область";

    public DemoSchoolPlan {
        if (code == null || code.isBlank() || code.length() > 32) {
            throw new IllegalArgumentException("a school code is 1–32 characters: " + code);
        }
        if (topLevel == null) {
            throw new IllegalArgumentException("the top level is required");
        }
        if (students < 4) {
            throw new IllegalArgumentException("a demo school needs at least 4 students, was " + students);
        }
    }

    /** The highest grade the school teaches. */
    public int topGrade() {
        return switch (topLevel) {
            case PRIMARY -> 4;
            case BASIC -> 9;
            case SECONDARY -> 11;
        };
    }
}
