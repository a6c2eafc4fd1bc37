package ru.ediary.importing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest the journal recomputes on its side: the expected values come from `sha256sum`. */
class CensusTest {

    @Test
    void digestIsSha256OverSortedLinesOfSourcedIdAndVersion() {
        Census census = Census.of(RecordKind.STUDENT, List.of(new RecordCensus.Entry("Ю-3", 2),
                new RecordCensus.Entry("a-1", 3), new RecordCensus.Entry("b-2", 1)));
        assertEquals(3, census.count());
        // printf 'a-1\t3\nb-2\t1\nЮ-3\t2\n' | sha256sum
        assertEquals("721b166ef86e9f1d314d53af589c093126dae8bcc44cb9ee39cafc4da3564f7e", census.digest());
    }

    @Test
    void nothingHeldHasTheDigestOfNothing() {
        // printf '' | sha256sum
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Census.of(RecordKind.MARK, List.of()).digest());
    }

    @Test
    void aMissedRecordOrAnotherVersionChangesTheDigest() {
        List<RecordCensus.Entry> both = List.of(new RecordCensus.Entry("m-1", 1), new RecordCensus.Entry("m-2", 1));
        String digest = Census.of(RecordKind.MARK, both).digest();
        assertNotEquals(digest, Census.of(RecordKind.MARK, both.subList(0, 1)).digest());
        assertNotEquals(digest, Census.of(RecordKind.MARK, List.of(new RecordCensus.Entry("m-1", 1),
                new RecordCensus.Entry("m-2", 2))).digest());
    }
}
