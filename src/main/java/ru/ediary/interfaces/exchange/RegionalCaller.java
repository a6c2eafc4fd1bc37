package ru.ediary.interfaces.exchange;

/** The regional authority's account a regional reporting call was authenticated as, and the region it may read. */
record RegionalCaller(String login, long regionId) {
}
