package de.kundenstimme.administration.control;

import de.kundenstimme.administration.entity.Absence;
import de.kundenstimme.administration.entity.AbsenceKind;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Staff;
import de.kundenstimme.administration.entity.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbsenceCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final Department service = Staff.department(1, "SERVICE");
    private final User sabine = Staff.handler(11, "sabine", service);
    private final User jonas = Staff.handler(12, "jonas", service);
    private final User markus = Staff.manager(13, "markus", service);

    @Test
    void anAbsenceCoversItsFirstAndLastDay() {
        Absence holiday = absence(sabine, jonas, MONDAY, MONDAY.plusDays(4));

        assertFalse(holiday.covers(MONDAY.minusDays(1)));
        assertTrue(holiday.covers(MONDAY));
        assertTrue(holiday.covers(MONDAY.plusDays(4)));
        assertFalse(holiday.covers(MONDAY.plusDays(5)));
    }

    @Test
    void aPresentColleagueStandsInForThemself() {
        AbsenceCalendar calendar = new AbsenceCalendar(MONDAY, List.of(absence(sabine, jonas, MONDAY, MONDAY)));

        assertEquals(Optional.of(jonas), calendar.standIn(jonas));
        assertFalse(calendar.isAbsent(jonas));
    }

    @Test
    void theDeputyStandsInWhileTheAbsenceLasts() {
        List<Absence> absences = List.of(absence(sabine, jonas, MONDAY, MONDAY.plusDays(2)));

        assertEquals(Optional.of(jonas), new AbsenceCalendar(MONDAY, absences).standIn(sabine));
        assertEquals(Optional.of(sabine), new AbsenceCalendar(MONDAY.plusDays(3), absences).standIn(sabine));
        assertEquals(Optional.of(sabine), new AbsenceCalendar(MONDAY.minusDays(1), absences).standIn(sabine));
    }

    @Test
    void aDeputyWhoIsAwayHandsOnToTheirOwnDeputy() {
        AbsenceCalendar calendar = new AbsenceCalendar(MONDAY, List.of(
                absence(sabine, jonas, MONDAY, MONDAY), absence(jonas, markus, MONDAY, MONDAY)));

        assertEquals(Optional.of(markus), calendar.standIn(sabine));
        assertEquals(Set.of(sabine.getId(), jonas.getId()), calendar.representedBy(markus));
        assertEquals(Set.of(), calendar.representedBy(jonas));
    }

    @Test
    void deputiesInACircleOrInactiveFindNobody() {
        AbsenceCalendar circle = new AbsenceCalendar(MONDAY, List.of(
                absence(sabine, jonas, MONDAY, MONDAY), absence(jonas, sabine, MONDAY, MONDAY)));
        assertEquals(Optional.empty(), circle.standIn(sabine));

        User gone = Staff.inactive(Staff.handler(14, "gone", service));
        AbsenceCalendar inactiveDeputy = new AbsenceCalendar(MONDAY, List.of(absence(sabine, gone, MONDAY, MONDAY)));
        assertEquals(Optional.empty(), inactiveDeputy.standIn(sabine));
    }

    @Test
    void theDeputyRepresentsOnlyThoseAwayToday() {
        AbsenceCalendar calendar = new AbsenceCalendar(MONDAY, List.of(
                absence(sabine, jonas, MONDAY, MONDAY), absence(markus, jonas, MONDAY.plusDays(1), MONDAY.plusDays(1))));

        assertEquals(Set.of(sabine.getId()), calendar.representedBy(jonas));
    }

    @Test
    void nobodyStandsInForThemselfAndNoAbsenceEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> absence(sabine, sabine, MONDAY, MONDAY));
        assertThrows(IllegalArgumentException.class, () -> absence(sabine, jonas, MONDAY, MONDAY.minusDays(1)));
    }

    private static Absence absence(User user, User deputy, LocalDate from, LocalDate to) {
        return new Absence(user, deputy, AbsenceKind.HOLIDAY, from, to, "admin", Instant.parse("2026-11-20T08:00:00Z"));
    }
}
