package ru.ediary.family.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What may reach one guardian, and how: the one answer the cabinet, the notifications and the paper extracts all
 * ask for, so that no place decides consent or channel eligibility on its own.
 * <p>
 * The rules: without given consent nothing goes out electronically (no cabinet, no e-mail, no SMS) and the guardian
 * is paper-only, whatever was chosen; e-mail and SMS need the channel chosen (nothing chosen means every channel)
 * and a confirmed, active address; the cabinet needs an account; paper is for those without consent, without an
 * account, or who chose it.
 */
public final class DeliveryPlan {

    /** The channels of a guardian who has not chosen any. */
    static final Set<DeliveryChannel> DEFAULT_CHOICE = EnumSet.of(DeliveryChannel.WEB, DeliveryChannel.EMAIL,
            DeliveryChannel.SMS);

    private final ConsentDecision consent;
    private final Set<DeliveryChannel> channels;
    private final String email;
    private final String phone;
    private final PaperReason paperReason;
    private final QuietHours quietHours;

    private DeliveryPlan(ConsentDecision consent, Set<DeliveryChannel> channels, String email, String phone,
                         PaperReason paperReason, QuietHours quietHours) {
        this.consent = consent;
        this.channels = channels;
        this.email = email;
        this.phone = phone;
        this.paperReason = paperReason;
        this.quietHours = quietHours;
    }

    /**
     * @param consent    the current decision of the consent ledger, or null when the guardian has not answered
     * @param hasAccount whether the guardian has a cabinet account that is not locked
     * @param chosen     the channels the guardian chose (empty: none chosen yet)
     * @param contacts   the guardian's contact points, any state
     */
    public static DeliveryPlan decide(ConsentDecision consent, boolean hasAccount, Set<DeliveryChannel> chosen,
                                      Collection<ContactPoint> contacts, QuietHours quietHours) {
        Set<DeliveryChannel> wanted = chosen.isEmpty() ? DEFAULT_CHOICE : chosen;
        boolean consented = consent == ConsentDecision.GIVEN;
        EnumSet<DeliveryChannel> channels = EnumSet.noneOf(DeliveryChannel.class);
        String email = null;
        String phone = null;
        if (consented) {
            if (hasAccount) {
                channels.add(DeliveryChannel.WEB);
            }
            if (wanted.contains(DeliveryChannel.EMAIL)) {
                email = usable(contacts, ContactChannel.EMAIL).orElse(null);
                if (email != null) {
                    channels.add(DeliveryChannel.EMAIL);
                }
            }
            if (wanted.contains(DeliveryChannel.SMS)) {
                phone = usable(contacts, ContactChannel.PHONE).orElse(null);
                if (phone != null) {
                    channels.add(DeliveryChannel.SMS);
                }
            }
        }
        PaperReason paper = paperReason(consent, hasAccount, wanted);
        if (paper != null) {
            channels.add(DeliveryChannel.PAPER);
        }
        return new DeliveryPlan(consent, Set.copyOf(channels), email, phone, paper,
                quietHours == null ? QuietHours.NONE : quietHours);
    }

    /** Why a guardian gets paper (null: they do not), from what decides it alone; {@link #decide} applies it. */
    public static PaperReason paperReason(ConsentDecision consent, boolean hasAccount, Set<DeliveryChannel> wanted) {
        if (consent == null) {
            return PaperReason.CONSENT_MISSING;
        }
        return switch (consent) {
            case REFUSED -> PaperReason.CONSENT_REFUSED;
            case WITHDRAWN -> PaperReason.CONSENT_WITHDRAWN;
            case GIVEN -> !hasAccount ? PaperReason.NO_ACCOUNT
                    : wanted.contains(DeliveryChannel.PAPER) ? PaperReason.CHOSEN : null;
        };
    }

    /** The newest confirmed, active address of the channel: the one the guardian last confirmed is the one used. */
    private static Optional<String> usable(Collection<ContactPoint> contacts, ContactChannel channel) {
        return contacts.stream()
                .filter(c -> c.getChannel() == channel && c.isActive() && c.isConfirmed())
                .max(Comparator.comparing(ContactPoint::getConfirmedAt))
                .map(ContactPoint::getAddress);
    }

    public boolean allows(DeliveryChannel channel) {
        return channels.contains(channel);
    }

    public boolean isConsentGiven() {
        return consent == ConsentDecision.GIVEN;
    }

    /** The current consent decision; null when the guardian has not answered. */
    public ConsentDecision getConsent() {
        return consent;
    }

    public boolean isCabinetOpen() {
        return allows(DeliveryChannel.WEB);
    }

    public Set<DeliveryChannel> getChannels() {
        return channels;
    }

    /** The confirmed address e-mail goes to, if e-mail is allowed. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The confirmed number SMS goes to, if SMS is allowed. */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public boolean isOnPaperList() {
        return paperReason != null;
    }

    /** Why the guardian is on the paper list; null when not. */
    public PaperReason getPaperReason() {
        return paperReason;
    }

    public QuietHours getQuietHours() {
        return quietHours;
    }
}
