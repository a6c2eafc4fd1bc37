package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Weekly summaries and forecasts (to come). */
@ApplicationScoped
public class DigestPlanner {

    public void planDue(Instant now) {
    }
}
