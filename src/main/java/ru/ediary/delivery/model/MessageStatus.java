package ru.ediary.delivery.model;

/**
 * Where an outbox message stands. PENDING waits for its due time; CLAIMED is being sent by one worker until its
 * lease ends; SENT carries the SMTP Message-ID or the SMSC's message id; DEAD gave up (after the last retry, or at
 * once when retrying cannot help) with the reason; DROPPED was withdrawn before sending because the guardian is no
 * longer eligible (consent withdrawn, channel or kind no longer chosen, no confirmed address).
 */
public enum MessageStatus {
    PENDING, CLAIMED, SENT, DEAD, DROPPED
}
