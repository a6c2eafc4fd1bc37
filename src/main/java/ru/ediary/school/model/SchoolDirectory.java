package ru.ediary.school.model;

import java.util.List;
import java.util.Optional;

/** Regions and their schools: the tenants eDiary serves. */
public interface SchoolDirectory {

    Optional<Region> regionByCode(String code);

    Optional<School> schoolByCode(String code);

    Optional<School> school(long id);

    List<School> schoolsOf(Region region);

    List<Region> regions();

    void add(Region region);

    void add(School school);

    Optional<Student> student(School school, String sourcedId);

    /** A student of any school by id, unless the journal deleted it. */
    Optional<Student> student(long id);

    /** The school's students with their classes, by class and name. */
    List<Student> students(School school);

    /** The school's classes, by grade and name. */
    List<SchoolClass> classes(School school);
}
