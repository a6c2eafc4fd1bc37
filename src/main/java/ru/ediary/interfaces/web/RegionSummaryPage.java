package ru.ediary.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ediary.demo.application.DemoRegionStatus;
import ru.ediary.journal.application.RegionOverview;

/** The start page: the region's schools and how much of each eDiary holds. */
@Named
@RequestScoped
public class RegionSummaryPage {

    @Inject
    StartPageFigures figures;

    @Inject
    DemoRegionStatus demo;

    private List<RegionOverview.RegionLine> regions;

    public List<RegionOverview.RegionLine> getRegions() {
        if (regions == null) {
            regions = figures.regions();
        }
        return regions;
    }

    public DemoRegionStatus getDemo() {
        return demo;
    }
}
