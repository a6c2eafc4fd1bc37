package ru.ediary.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import ru.ediary.delivery.application.OutboxDispatcher;
import ru.ediary.delivery.application.OutboxReview;
import ru.ediary.delivery.model.MessageStatus;
import ru.ediary.delivery.model.OutboxQuery;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.SchoolTime;

/**
 * The outbox of the staff member's school: every e-mail and SMS with its state, filtered by guardian (which is also
 * that guardian's delivery history), channel and state; a dead message can be sent again.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(SchoolTime.ZONE);

    @Inject
    SignedIn signedIn;

    @Inject
    OutboxReview review;

    @Inject
    OutboxDispatcher dispatcher;

    private Long guardianId;
    private DeliveryChannel channel;
    private MessageStatus status;
    private transient List<OutboxReview.Entry> rows;
    private transient List<OutboxReview.Addressee> addressees;
    private String notice;

    private Long school() {
        return signedIn.isPresent() ? signedIn.getAccount().schoolId() : null;
    }

    public List<OutboxReview.Entry> getRows() {
        if (rows == null) {
            Long school = school();
            rows = school == null ? List.of() : review.read(new OutboxQuery(school, guardianId, channel, status,
                    SHOWN), signedIn.getLogin(), signedIn.remoteAddress());
        }
        return rows;
    }

    public List<OutboxReview.Addressee> getAddressees() {
        if (addressees == null) {
            Long school = school();
            addressees = school == null ? List.of() : review.addressees(school);
        }
        return addressees;
    }

    public List<DeliveryChannel> getChannels() {
        return List.of(DeliveryChannel.EMAIL, DeliveryChannel.SMS);
    }

    public List<MessageStatus> getStatuses() {
        return Arrays.asList(MessageStatus.values());
    }

    /** How each channel is sent on this server (SMTP/SMSC or the local sink folder). */
    public List<String> getRoutes() {
        return dispatcher.routes();
    }

    public void filter() {
        rows = null;
        notice = null;
    }

    public void resend(long messageId) {
        Long school = school();
        if (school == null) {
            return;
        }
        boolean queued = review.resend(messageId, school, signedIn.getLogin(), signedIn.remoteAddress());
        notice = queued ? "outbox.resent" : "outbox.notResent";
        rows = null;
    }

    public String time(Instant instant) {
        return instant == null ? "" : RUSSIAN.format(instant);
    }

    public String getNotice() {
        return notice;
    }

    public Long getGuardianId() {
        return guardianId;
    }

    public void setGuardianId(Long guardianId) {
        this.guardianId = guardianId;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public void setChannel(DeliveryChannel channel) {
        this.channel = channel;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public void setStatus(MessageStatus status) {
        this.status = status;
    }
}
