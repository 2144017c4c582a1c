package de.kundenstimme.feedback.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistTest {

    @Test
    void countsTheItemsMet() {
        assertEquals(4, new Checklist(true, true, false, true, true, false).met());
        assertEquals(6, new Checklist(true, true, true, true, true, true).met());
        assertEquals(0, new Checklist(false, false, false, false, false, false).met());
    }

    @Test
    void isCompleteOnlyWithEveryItemScored() {
        assertTrue(new Checklist(false, false, false, false, false, false).complete());
        assertFalse(new Checklist(true, true, true, true, true, null).complete());
        assertFalse(new Checklist(null, true, true, true, true, true).complete());
    }
}
