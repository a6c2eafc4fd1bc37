package ru.ediary.interfaces.exchange;

/** Regional reporting's guard: a regional authority's account, and a message valid against regional-reporting.xsd. */
public class RegionalAccountHandler extends ServiceGuard {

    public RegionalAccountHandler() {
        super(SoapService.REGIONAL_REPORTING);
    }
}
