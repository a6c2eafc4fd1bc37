package ru.ediary.delivery.application;

import java.time.LocalDate;

/**
 * What to print: a reporting period ({@code periodId}), or a range of days ({@code from}–{@code to}) when no period
 * is chosen; printed by {@code issuedBy} from {@code remoteAddress}; {@code siteUrl} is this server's address as the
 * requester reached it («https://host/ediary»), where the QR code sends a reader to verify the document.
 */
public record ExtractRequest(Long periodId, LocalDate from, LocalDate to, String issuedBy, String remoteAddress,
                             String siteUrl) {
}
