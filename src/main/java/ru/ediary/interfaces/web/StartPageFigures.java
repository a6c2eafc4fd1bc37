package ru.ediary.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.ediary.demo.application.DemoRegionStatus;
import ru.ediary.journal.application.RegionOverview;

/**
 * The start page's figures, kept for a minute: the page is public, and counting every school's lessons and marks
 * for each anonymous hit would let anyone keep the database busy. While the demo region is still loading the
 * figures grow by the second, so they are counted afresh then and not kept.
 */
@ApplicationScoped
public class StartPageFigures {

    static final Duration KEPT = Duration.ofMinutes(1);

    @Inject
    RegionOverview overview;

    @Inject
    DemoRegionStatus demo;

    @Inject
    Clock clock;

    private volatile Counted counted;

    private record Counted(List<RegionOverview.RegionLine> regions, Instant at) {
    }

    public List<RegionOverview.RegionLine> regions() {
        Instant now = clock.instant();
        Counted last = counted;
        if (last != null && now.isBefore(last.at().plus(KEPT))) {
            return last.regions();
        }
        boolean settled = demo.getStage() != DemoRegionStatus.Stage.LOADING;
        List<RegionOverview.RegionLine> regions = overview.regions();
        counted = settled ? new Counted(regions, now) : null;
        return regions;
    }
}
