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
}
