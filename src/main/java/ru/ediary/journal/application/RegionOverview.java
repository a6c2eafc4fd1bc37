package ru.ediary.journal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import ru.ediary.journal.model.JournalStatistics;
import ru.ediary.journal.model.SchoolFigures;
import ru.ediary.school.model.Region;
import ru.ediary.school.model.SchoolDirectory;

/** The regions, their schools and how much of each school's life eDiary holds. Aggregates only, no person. */
@ApplicationScoped
public class RegionOverview {

    @Inject
    SchoolDirectory directory;

    @Inject
    JournalStatistics statistics;

    /** A school on the start page. The getters serve Faces pages (Expression Language 5 does not read records). */
    public record SchoolLine(long id, String code, String name, String shortName, String address,
                             SchoolFigures figures) {

        public String getCode() {
            return code;
        }

        public String getShortName() {
            return shortName;
        }

        public String getAddress() {
            return address;
        }

        public SchoolFigures getFigures() {
            return figures;
        }
    }

    public record RegionLine(String code, String name, List<SchoolLine> schools) {

        public String getName() {
            return name;
        }

        public List<SchoolLine> getSchools() {
            return schools;
        }
    }

    @Transactional
    public List<RegionLine> regions() {
        return directory.regions().stream().map(this::line).toList();
    }

    private RegionLine line(Region region) {
        return new RegionLine(region.getCode(), region.getName(), directory.schoolsOf(region).stream()
                .map(s -> new SchoolLine(s.getId(), s.getCode(), s.getName(), s.getShortName(), s.getAddress(),
                        statistics.figures(s)))
                .toList());
    }
}
