package ru.ediary.reporting.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * A cell of a regional report: its figures, or nothing when they are suppressed because they were computed over too
 * few people to be published ({@link SmallCells}).
 */
public record Published<T>(T value) {

    private static final Published<?> SUPPRESSED = new Published<>(null);

    public static <T> Published<T> of(T value) {
        return new Published<>(java.util.Objects.requireNonNull(value));
    }

    @SuppressWarnings("unchecked")
    public static <T> Published<T> suppressed() {
        return (Published<T>) SUPPRESSED;
    }

    public boolean isSuppressed() {
        return value == null;
    }

    public Optional<T> figures() {
        return Optional.ofNullable(value);
    }

    public <R> Published<R> map(Function<T, R> f) {
        return isSuppressed() ? suppressed() : of(f.apply(value));
    }

    /** For pages: the figures, or null when suppressed. */
    public T getValue() {
        return value;
    }

    public boolean getSuppressed() {
        return isSuppressed();
    }
}
