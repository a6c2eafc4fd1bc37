package ru.ediary.reporting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ediary.reporting.model.SmallCells.Cell;

class SmallCellsTest {

    @Test
    void aFigureOverFewerThanFivePeopleIsSuppressedAndOverFiveOrNobodyIsNot() {
        Cell four = new Cell(4);
        Cell five = new Cell(5);
        Cell nobody = new Cell(0);
        Cell one = new Cell(1);
        for (Cell c : List.of(four, five, nobody, one)) {
            SmallCells.apply(c);
        }
        assertTrue(four.isSuppressed());
        assertTrue(one.isSuppressed());
        assertFalse(five.isSuppressed());
        assertFalse(nobody.isSuppressed());
    }

    @Test
    void theOnlySuppressedPartOfAPublishedTotalTakesTheSmallestOtherPartWithIt() {
        // region 3 + 40 + 25 + 60 = 128: 3 would be 128 − 40 − 25 − 60; hiding 25 as well leaves 28 = 3 + 25 unknown
        Cell small = new Cell(3);
        Cell a = new Cell(40);
        Cell b = new Cell(25);
        Cell c = new Cell(60);
        Cell region = new Cell(128).splitInto(List.of(small, a, b, c));
        SmallCells.apply(region);
        assertTrue(small.isSuppressed());
        assertTrue(b.isSuppressed(), "the smallest other part");
        assertFalse(a.isSuppressed());
        assertFalse(c.isSuppressed());
        assertFalse(region.isSuppressed(), "two hidden parts cannot be told apart: the total stays");
    }

    @Test
    void twoSuppressedPartsNeedNothingMore() {
        Cell x = new Cell(2);
        Cell y = new Cell(4);
        Cell z = new Cell(30);
        Cell total = new Cell(36).splitInto(List.of(x, y, z));
        SmallCells.apply(total);
        assertTrue(x.isSuppressed());
        assertTrue(y.isSuppressed());
        assertFalse(z.isSuppressed());
        assertFalse(total.isSuppressed());
    }

    @Test
    void whenNoOtherPartCanBeHiddenTheTotalIsHidden() {
        // a school whose only graded class has 3 students among 40 others without grades: 7 in all, one part
        Cell part = new Cell(3);
        Cell empty = new Cell(0);
        Cell total = new Cell(7).splitInto(List.of(part, empty));
        SmallCells.apply(total);
        assertTrue(part.isSuppressed());
        assertTrue(total.isSuppressed(), "the total equals its one hidden part");
    }

    @Test
    void aHiddenTotalKeepsOneOfItsPartsHiddenSoThatThePartsDoNotAddUpToIt() {
        // the school (12 students) is hidden by its subject split (one subject of 4, no other subject): then its
        // grade split (6 + 6) would add up to it unless one grade level is hidden too
        Cell grade5 = new Cell(6);
        Cell grade6 = new Cell(6);
        Cell onlySubject = new Cell(4);
        Cell school = new Cell(12).splitInto(List.of(grade5, grade6)).splitInto(List.of(onlySubject));
        Cell other = new Cell(50);
        Cell third = new Cell(70);
        Cell region = new Cell(132).splitInto(List.of(school, other, third));
        SmallCells.apply(region);
        assertTrue(onlySubject.isSuppressed());
        assertTrue(school.isSuppressed());
        assertTrue(grade5.isSuppressed() || grade6.isSuppressed(), "one grade level hides with the school");
        assertTrue(other.isSuppressed(), "and the region's total would give the school away: the next smallest");
        assertFalse(third.isSuppressed());
        assertFalse(region.isSuppressed());
    }

    @Test
    void suppressionSpreadsAcrossATableUntilNothingCanBeRecovered() {
        // two schools × two grade levels, with the region's grade totals: a 2 × 2 table with its margins
        Cell a5 = new Cell(2);
        Cell a6 = new Cell(30);
        Cell b5 = new Cell(20);
        Cell b6 = new Cell(40);
        Cell schoolA = new Cell(32).splitInto(List.of(a5, a6));
        Cell schoolB = new Cell(60).splitInto(List.of(b5, b6));
        Cell grade5 = new Cell(22).splitInto(List.of(a5, b5));
        Cell grade6 = new Cell(70).splitInto(List.of(a6, b6));
        Cell region = new Cell(92).splitInto(List.of(schoolA, schoolB)).splitInto(List.of(grade5, grade6));
        SmallCells.apply(region);
        // every published total has zero or at least two hidden parts
        for (Cell total : List.of(schoolA, schoolB, grade5, grade6)) {
            assertFalse(total.isSuppressed());
        }
        assertEquals(List.of(true, true, true, true),
                List.of(a5.isSuppressed(), a6.isSuppressed(), b5.isSuppressed(), b6.isSuppressed()),
                "a5 hides a6 (its school) and b5 (its grade level); those hide b6");
    }

    @Test
    void aCellCannotCountFewerThanNobody() {
        assertThrows(IllegalArgumentException.class, () -> new Cell(-1));
    }
}
