package ru.ediary.delivery.model;

/**
 * A message someone is waiting for at the screen (a confirmation code) was queued: fired in the queuing transaction,
 * observed after its commit so the worker sends it now instead of at its next pass.
 */
public record UrgentMessageQueued(String messageKey) {
}
