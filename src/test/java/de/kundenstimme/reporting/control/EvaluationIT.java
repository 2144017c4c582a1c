package de.kundenstimme.reporting.control;

import de.kundenstimme.complaint.control.FederalState;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Every figure on a small set of cases computed by hand: January 2026 in North Rhine-Westphalia
 * (1 January is a holiday), cases at the edges of the month in German local time, a case resolved
 * and compensated in February, a rejected one, one closed on the day of receipt. The server is
 * deployed only so that its migrations have built the schema; the figures are computed here, on
 * the same database, by the same code the server runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationIT {

    private static final Period JANUARY = Period.month(LocalDate.of(2026, 1, 1));
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    private static FiguresFixture data;
    private static Evaluation evaluation;
    private static long department;
    private static long otherDepartment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeAll
    static void handMadeCases() throws Exception {
        data = new FiguresFixture();
        new BusinessCalendar(data.dataSource()).cover(FederalState.NW, LocalDate.of(2026, 12, 31));
        evaluation = new Evaluation(data.dataSource());
        department = data.department("FIG");
        otherDepartment = data.department("OTHER");
        long parent = data.category("P", null, department);
        long a = data.category("A", parent, department);
        long b = data.category("B", null, department);
        long elsewhere = data.category("X", null, otherDepartment);

        // Friday after New Year: acknowledged Monday (1 business day), resolved the next Friday (5), closed later.
        long c1 = data.complaint(department, a, "PHONE", at(2026, 1, 2, 10, 0), day(2026, 1, 5), day(2026, 1, 16),
                "CLOSED", at(2026, 1, 5, 9, 0), at(2026, 1, 9, 15, 0), at(2026, 1, 12, 8, 0), "PRODUCT_DEFECT");
        data.step(c1);
        data.goodwill(c1, "20.00", "GRANTED");
        data.goodwill(c1, "100.00", "PROPOSED");
        // New Year's Eve late in the evening: December, acknowledged on 2 January (1 business day: the 1st is a holiday).
        data.complaint(department, b, "EMAIL", at(2025, 12, 31, 23, 30), day(2026, 1, 2), day(2026, 1, 15),
                "ACKNOWLEDGED", at(2026, 1, 2, 9, 0), null, null, null);
        // Saturday 31 January, 23:30 in Germany (22:30 UTC): still January, never acknowledged, escalated.
        long c3 = data.complaint(department, b, "EMAIL", at(2026, 1, 31, 23, 30), day(2026, 2, 2), day(2026, 2, 13),
                "NEW", null, null, null, null);
        data.escalation(c3, day(2026, 2, 2));
        // Received, acknowledged, resolved and closed on the same Friday without a step: first-contact resolution.
        long c4 = data.complaint(department, a, "PHONE", at(2026, 1, 30, 12, 0), day(2026, 2, 2), day(2026, 2, 13),
                "CLOSED", at(2026, 1, 30, 12, 5), at(2026, 1, 30, 12, 30), at(2026, 1, 30, 13, 0), "COMMUNICATION");
        data.goodwill(c4, "5.50", "GRANTED");
        // Spans months: acknowledged late, resolved late on 10 February (15 business days), once reopened, no cause.
        long c5 = data.complaint(department, a, "LETTER", at(2026, 1, 20, 9, 0), day(2026, 1, 21), day(2026, 2, 3),
                "RESOLVED", at(2026, 1, 22, 9, 0), at(2026, 2, 10, 16, 0), null, null);
        data.history(c5, "REOPEN");
        data.goodwill(c5, "100.00", "GRANTED");
        // Rejected: acknowledged the same day, not part of the resolution deadline.
        data.complaint(department, b, "SMS", at(2026, 1, 15, 8, 0), day(2026, 1, 16), day(2026, 1, 29),
                "REJECTED", at(2026, 1, 15, 9, 0), null, null, null);
        // 1 February 00:30 in Germany (31 January 23:30 UTC): February.
        data.complaint(department, a, "CHAT", at(2026, 2, 1, 0, 30), day(2026, 2, 2), day(2026, 2, 13),
                "NEW", null, null, null, null);
        // Another department's January case never shows in this department's figures.
        data.complaint(otherDepartment, elsewhere, "PHONE", at(2026, 1, 10, 10, 0), day(2026, 1, 12), day(2026, 1, 23),
                "NEW", null, null, null, null);
    }

    private static Figures january() {
        return evaluation.figures(JANUARY, department, data.code("FIG"), AS_OF);
    }

    @Test
    void volumeCountsTheCasesReceivedInTheMonthInGermanLocalTime() {
        Figures figures = january();

        assertEquals(5, figures.received());
        assertEquals(List.of(new Figures.Count("PHONE", "PHONE", 2), new Figures.Count("EMAIL", "EMAIL", 1),
                new Figures.Count("LETTER", "LETTER", 1), new Figures.Count("SMS", "SMS", 1)), figures.byChannel());
        assertEquals(List.of(new Figures.Count(data.code("A"), "P › A", 3), new Figures.Count(data.code("B"), "B", 2)),
                figures.byCategory());
        assertEquals(List.of(new Figures.Count("2026-01", "2026-01", 5)), figures.byMonth());
        assertEquals(List.of(new Figures.Count(data.code("FIG"), "FIG " + data.code("FIG").substring(4), 5)),
                figures.byDepartment());
    }

    @Test
    void timesAreMediansAndNinetiethPercentilesInBusinessDays() {
        Figures figures = january();

        // First response 0, 0, 1, 2 business days; resolution 0, 5, 15.
        assertEquals(new BigDecimal("0.5"), figures.firstResponseMedian());
        assertEquals(new BigDecimal("1.7"), figures.firstResponseP90());
        assertEquals(new BigDecimal("5.0"), figures.resolutionMedian());
        assertEquals(new BigDecimal("13.0"), figures.resolutionP90());
        assertEquals(3, figures.resolutionDays().getCases());
    }

    @Test
    void deadlineComplianceCountsMetDeadlinesAgainstDueOnes() {
        Figures figures = january();

        assertEquals(new Share(3, 5), figures.acknowledgedInTime());
        assertEquals(new Share(2, 4), figures.resolvedInTime());
        assertEquals(new BigDecimal("60.0"), figures.acknowledgedInTime().getPercent());
        assertEquals(List.of(new Figures.MonthCompliance("2026-01", new Share(3, 5), new Share(2, 4))),
                figures.complianceByMonth());
    }

    @Test
    void ratesAreSharesOfTheCasesReceived() {
        Figures figures = january();

        assertEquals(new Share(1, 5), figures.escalated());
        assertEquals(new Share(1, 5), figures.reopened());
        assertEquals(new Share(1, 5), figures.rejected());
        assertEquals(new Share(1, 5), figures.firstContactResolution());
        assertEquals(new BigDecimal("20.0"), figures.firstContactResolution().getPercent());
    }

    @Test
    void goodwillCountsGrantedAmountsToTheCentIncludingThoseGrantedLater() {
        Figures figures = january();

        assertEquals(new BigDecimal("125.50"), figures.goodwillTotal());
        assertEquals(List.of(new Figures.Amount(data.code("A"), "P › A", new BigDecimal("125.50"))),
                figures.goodwillByCategory());
        assertEquals(List.of(new Figures.Amount("2026-01", "2026-01", new BigDecimal("125.50"))), figures.goodwillByMonth());
    }

    @Test
    void backlogAgesOpenCasesInBusinessDaysAndTrendComparesWithDecember() {
        Figures figures = january();

        // Open on 1 March: the case of 31 January (20 business days) and the one of 31 December (41).
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L), figures.backlogByAge().stream().map(Figures.Count::cases).toList());
        assertEquals(List.of(new Figures.CategoryTrend(data.code("A"), "P › A", 3, 0),
                new Figures.CategoryTrend(data.code("B"), "B", 2, 1)), figures.topCategories());
    }

    @Test
    void rootCausesOfResolvedCasesWithTheirGoodwill() {
        assertEquals(List.of(new Figures.CauseShare("COMMUNICATION", 1, new BigDecimal("5.50")),
                        new Figures.CauseShare(Figures.NOT_RECORDED, 1, new BigDecimal("100.00")),
                        new Figures.CauseShare("PRODUCT_DEFECT", 1, new BigDecimal("20.00"))),
                january().rootCauses());
    }

    @Test
    void theHolidayDoesNotCountAsABusinessDay() {
        Figures december = evaluation.figures(Period.month(LocalDate.of(2025, 12, 1)), department, data.code("FIG"), AS_OF);

        assertEquals(1, december.received());
        assertEquals(new BigDecimal("1.0"), december.firstResponseMedian());
    }

    @Test
    void anEmptyPeriodHasZeroCountsAndNoRatesOrTimes() {
        Figures empty = evaluation.figures(Period.month(LocalDate.of(2025, 6, 1)), department, data.code("FIG"), AS_OF);

        assertEquals(0, empty.received());
        assertEquals(List.of(), empty.byChannel());
        assertNull(empty.resolutionMedian());
        assertNull(empty.acknowledgedInTime().getPercent());
        assertNull(empty.escalated().getPercent());
        assertEquals(0, empty.goodwillTotal().signum());
        assertEquals(List.of(), empty.rootCauses());
    }

    @Test
    void otherDepartmentsOnlyInTheirOwnFigures() {
        Figures other = evaluation.figures(JANUARY, otherDepartment, data.code("OTHER"), AS_OF);

        assertEquals(1, other.received());
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
