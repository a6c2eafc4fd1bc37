package ru.ediary.importing.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * What eDiary holds of a kind, as the journal can compute it on its side: the count, and SHA-256 over one line
 * {@code sourcedId TAB version LF} per record, ordered by sourcedId. Equal digests mean both sides hold the same
 * records at the same versions.
 */
public record Census(RecordKind kind, long count, String digest) {

    public static final String ALGORITHM = "SHA-256";

    public static Census of(RecordKind kind, List<RecordCensus.Entry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance(ALGORITHM);
            entries.stream().sorted(Comparator.comparing(RecordCensus.Entry::sourcedId)).forEach(e ->
                    sha.update((e.sourcedId() + "\t" + e.version() + "\n").getBytes(StandardCharsets.UTF_8)));
            return new Census(kind, entries.size(), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
