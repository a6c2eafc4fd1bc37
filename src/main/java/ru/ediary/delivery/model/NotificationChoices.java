package ru.ediary.delivery.model;

import java.util.List;

public interface NotificationChoices {

    List<NotificationChoice> of(long guardianId);

    void add(NotificationChoice choice);
}
