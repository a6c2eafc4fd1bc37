package ru.ediary.delivery.application;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.delivery.model.KindChoices;
import ru.ediary.family.model.DeliveryPlan;

/**
 * What one import transaction already looked up about recipients: a chunk of 500 marks touches the same children
 * and guardians over and over, and their eligibility cannot change inside the transaction that imports the marks.
 */
@TransactionScoped
public class RecipientMemo implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A guardian who may hear about something now, with their plan and kind choices. */
    record Listener(long guardianId, DeliveryPlan plan, KindChoices choices) {
    }

    private final Map<Long, Boolean> consentingSchools = new HashMap<>();
    private final transient Map<Long, List<Listener>> listenersByStudent = new HashMap<>();

    Map<Long, Boolean> consentingSchools() {
        return consentingSchools;
    }

    Map<Long, List<Listener>> listenersByStudent() {
        return listenersByStudent;
    }
}
