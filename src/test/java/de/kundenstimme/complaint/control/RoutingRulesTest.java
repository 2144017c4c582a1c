package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.AbsenceCalendar;
import de.kundenstimme.administration.entity.Absence;
import de.kundenstimme.administration.entity.AbsenceKind;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Routing;
import de.kundenstimme.administration.entity.Staff;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.control.RoutingRules.Workload;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoutingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Department service = Staff.department(1, "SERVICE");
    private final User sabine = Staff.handler(11, "sabine", service);
    private final User jonas = Staff.handler(12, "jonas", service);
    private final User lea = Staff.handler(13, "lea", service);
    private final User markus = Staff.manager(20, "markus", service);

    private final Category toSabine = Staff.category(100, service, Routing.DEFAULT_OWNER, sabine);
    private final Category roundRobin = Staff.category(101, service, Routing.ROUND_ROBIN, null);

    @Test
    void aPresentDefaultOwnerGetsTheCase() {
        assertEquals(Optional.of(sabine), RoutingRules.ownerFor(toSabine, load(sabine, 9, jonas, 0), nobodyAway()));
    }

    @Test
    void anAbsentDefaultOwnersCaseGoesToTheDeputy() {
        assertEquals(Optional.of(markus), RoutingRules.ownerFor(toSabine, load(sabine, 0, jonas, 0),
                away(absence(sabine, markus))));
    }

    @Test
    void aDeputyWhoIsAwayTooPassesTheCaseOnToTheirDeputy() {
        assertEquals(Optional.of(lea), RoutingRules.ownerFor(toSabine, load(sabine, 0, jonas, 0, lea, 5),
                away(absence(sabine, jonas), absence(jonas, lea))));
    }

    @Test
    void whenNoDeputyIsFoundTheLeastBusyPresentHandlerGetsTheCase() {
        assertEquals(Optional.of(lea), RoutingRules.ownerFor(toSabine, load(sabine, 0, jonas, 0, lea, 5),
                away(absence(sabine, jonas), absence(jonas, sabine))));
    }

    @Test
    void anInactiveDefaultOwnerFallsBackToRoundRobin() {
        Category toGone = Staff.category(102, service, Routing.DEFAULT_OWNER, Staff.inactive(Staff.handler(14, "gone", service)));

        assertEquals(Optional.of(jonas), RoutingRules.ownerFor(toGone, load(sabine, 4, jonas, 2), nobodyAway()));
    }

    @Test
    void aDefaultOwnerCategoryWithoutOwnerRoutesRoundRobin() {
        assertEquals(Optional.of(jonas), RoutingRules.ownerFor(Staff.categoryWithoutOwner(103, service),
                load(sabine, 4, jonas, 2), nobodyAway()));
    }

    @Test
    void roundRobinPicksTheHandlerWithTheFewestOpenCases() {
        assertEquals(Optional.of(lea), RoutingRules.ownerFor(roundRobin, load(sabine, 3, jonas, 2, lea, 1), nobodyAway()));
    }

    @Test
    void roundRobinBreaksTiesByTheLowerId() {
        assertEquals(Optional.of(jonas), RoutingRules.ownerFor(roundRobin, load(lea, 1, jonas, 1, sabine, 2), nobodyAway()));
    }

    @Test
    void roundRobinSkipsAbsentAndInactiveHandlers() {
        User gone = Staff.inactive(Staff.handler(5, "gone", service));

        assertEquals(Optional.of(lea), RoutingRules.ownerFor(roundRobin, load(gone, 0, sabine, 0, jonas, 7, lea, 3),
                away(absence(sabine, jonas))));
    }

    @Test
    void roundRobinIgnoresTheCategorysFormerDefaultOwner() {
        Category switched = Staff.category(104, service, Routing.DEFAULT_OWNER, sabine);
        switched.routeTo(service, Routing.ROUND_ROBIN, sabine);

        assertEquals(Optional.of(jonas), RoutingRules.ownerFor(switched, load(sabine, 5, jonas, 1), nobodyAway()));
    }

    @Test
    void whenEveryHandlerIsAwayTheLeastBusyHandlersDeputyGetsTheCase() {
        assertEquals(Optional.of(markus), RoutingRules.ownerFor(roundRobin, load(sabine, 2, jonas, 1),
                away(absence(sabine, markus), absence(jonas, markus))));
    }

    @Test
    void aDepartmentWithoutHandlersLeavesTheCaseWithoutOwner() {
        assertEquals(Optional.empty(), RoutingRules.ownerFor(roundRobin, List.of(), nobodyAway()));
    }

    /** Pairs of handler and open cases. */
    private static List<Workload> load(Object... handlerAndCount) {
        Workload[] workloads = new Workload[handlerAndCount.length / 2];
        for (int i = 0; i < workloads.length; i++) {
            workloads[i] = new Workload((User) handlerAndCount[2 * i], ((Integer) handlerAndCount[2 * i + 1]).longValue());
        }
        return Arrays.asList(workloads);
    }

    private static AbsenceCalendar nobodyAway() {
        return AbsenceCalendar.empty(TODAY);
    }

    private static AbsenceCalendar away(Absence... absences) {
        return new AbsenceCalendar(TODAY, List.of(absences));
    }

    private static Absence absence(User user, User deputy) {
        return new Absence(user, deputy, AbsenceKind.SICKNESS, TODAY.minusDays(1), TODAY.plusDays(1), "manager",
                Instant.parse("2026-11-22T08:00:00Z"));
    }
}
