package ru.ediary.school.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.Region;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/** Registers regions and schools (the tenants); the journal then fills a school through the import. */
@ApplicationScoped
public class SchoolRegistry {

    @Inject
    SchoolDirectory directory;

    @Transactional
    public Region region(String code, String name) {
        return directory.regionByCode(code).orElseGet(() -> {
            Region region = new Region(code, name);
            directory.add(region);
            return region;
        });
    }

    /** The school with this code, registered in the region if it is new; returns its id. */
    @Transactional
    public long school(String regionCode, String code, String name, String shortName, EducationLevel topLevel,
                       String address) {
        Optional<School> known = directory.schoolByCode(code);
        if (known.isPresent()) {
            return known.get().getId();
        }
        Region region = directory.regionByCode(regionCode)
                .orElseThrow(() -> new IllegalArgumentException("no region " + regionCode));
        School school = new School(region, code, name, shortName, topLevel, address);
        directory.add(school);
        return school.getId();
    }

    @Transactional
    public Optional<Long> schoolId(String code) {
        return directory.schoolByCode(code).map(School::getId);
    }
}
