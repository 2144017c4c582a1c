package de.kundenstimme.reporting.control;

import de.kundenstimme.complaint.control.FederalState;
import de.kundenstimme.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The figures summed from the daily figures equal the figures computed straight from the cases
 * ({@link CaseByCaseFigures}), for months, a quarter spanning the year's end, a single day and an
 * empty month, per department and for the company, as of different days; also after cases, their
 * goodwill, escalations, steps, reopenings and survey answers change straight in the database,
 * past the application, as a repair would change them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DailyFiguresIT {

    private static final List<Period> PERIODS = List.of(Period.month(LocalDate.of(2026, 1, 1)),
            Period.month(LocalDate.of(2026, 2, 1)), new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28)),
            new Period(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31)), Period.month(LocalDate.of(2025, 6, 1)));
    private static final List<LocalDate> AS_OF = List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 3),
            LocalDate.of(2026, 3, 2));

    private FiguresFixture data;
    private Evaluation evaluation;
    private CaseByCaseFigures caseByCase;
    private long department;
    private long otherDepartment;
    private long categoryA;
    private long categoryB;
    private final List<Long> cases = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void cases() throws Exception {
        data = new FiguresFixture();
        new BusinessCalendar(data.dataSource()).cover(FederalState.NW, LocalDate.of(2026, 12, 31));
        evaluation = new Evaluation(data.dataSource());
        caseByCase = new CaseByCaseFigures(data.dataSource());
        department = data.department("DAY");
        otherDepartment = data.department("ELSE");
        categoryA = data.category("A", null, department);
        categoryB = data.category("B", null, otherDepartment);
        // Not acknowledged, the deadline passes on 2 February.
        cases.add(data.complaint(department, categoryA, "PHONE", at(2026, 1, 30, 9), day(2026, 2, 2), day(2026, 2, 13),
                "NEW", null, null, null, null));
        // Saturday 31 January late in the evening, German time: January; acknowledged, still open.
        cases.add(data.complaint(department, categoryA, "EMAIL", at(2026, 1, 31, 23), day(2026, 2, 2), day(2026, 2, 13),
                "IN_PROGRESS", at(2026, 2, 2, 8), null, null, null));
        // Sunday 1 February, half past midnight: February; resolved late and closed, with goodwill.
        long resolved = data.complaint(department, categoryA, "LETTER", at(2026, 2, 1, 0), day(2026, 2, 2), day(2026, 2, 6),
                "CLOSED", at(2026, 2, 2, 10), at(2026, 2, 10, 16), at(2026, 2, 11, 9), "COMMUNICATION");
        data.goodwill(resolved, "19.99", "GRANTED");
        data.goodwill(resolved, "5.00", "PROPOSED");
        cases.add(resolved);
        // New Year's Eve, rejected on the day.
        cases.add(data.complaint(department, categoryA, "SMS", at(2025, 12, 31, 12), day(2026, 1, 2), day(2026, 1, 15),
                "REJECTED", at(2025, 12, 31, 13), null, null, null));
        // Another department, closed on the day of receipt without a step.
        cases.add(data.complaint(otherDepartment, categoryB, "CHAT", at(2026, 2, 27, 10), day(2026, 3, 2), day(2026, 3, 13),
                "CLOSED", at(2026, 2, 27, 10), at(2026, 2, 27, 11), at(2026, 2, 27, 12), null));
    }

    @Test
    void summedFromTheDaysTheFiguresEqualThoseStraightFromTheCases() {
        assertAgree();
    }

    @Test
    void afterChangesPastTheApplicationTheyStillAgree() throws Exception {
        assertAgree();
        long unacknowledged = cases.get(0);
        long open = cases.get(1);
        long closed = cases.get(2);
        long rejected = cases.get(3);
        long elsewhere = cases.get(4);

        data.execute("update complaint set status = 'ACKNOWLEDGED', acknowledged_at = ? where id = ?",
                at(2026, 2, 3, 7), unacknowledged);
        data.execute("update complaint set status = 'RESOLVED', resolved_at = ?, root_cause = 'PRODUCT_DEFECT' where id = ?",
                at(2026, 2, 5, 15), open);
        data.goodwill(open, "120.00", "GRANTED");
        data.execute("update goodwill set status = 'GRANTED' where complaint_id = ? and status = 'PROPOSED'", closed);
        data.execute("update complaint set status = 'IN_PROGRESS' where id = ?", closed);
        data.history(closed, "REOPEN");
        data.survey(closed, 4, 9);
        data.survey(elsewhere, null, null);
        data.execute("update satisfaction_survey set answered_at = sent_at, satisfaction = 2, recommendation = 3"
                + " where complaint_id = ?", elsewhere);
        // Reopened, given a step and closed again later, as the application does it: the case row changes each time.
        data.execute("update complaint set status = 'IN_PROGRESS' where id = ?", elsewhere);
        data.history(elsewhere, "REOPEN");
        data.step(elsewhere);
        data.execute("update complaint set status = 'CLOSED', closed_at = ? where id = ?", at(2026, 3, 2, 9), elsewhere);
        data.escalation(open, day(2026, 2, 13));
        data.execute("update complaint set department_id = ?, category_id = ? where id = ?", otherDepartment, categoryB, rejected);
        long added = data.complaint(department, categoryA, "WEB_FORM", at(2026, 1, 15, 11), day(2026, 1, 16),
                day(2026, 1, 29), "NEW", null, null, null, null);
        data.execute("delete from complaint where id = ?", added);
        data.execute("delete from goodwill where complaint_id = ? and amount = 19.99", closed);
        cases.add(data.complaint(department, categoryA, "PHONE", at(2026, 2, 20, 14), day(2026, 2, 23), day(2026, 3, 6),
                "IN_PROGRESS", at(2026, 2, 23, 9), null, null, null));

        assertAgree();
    }

    @Test
    void theHandComputedChangesShowInTheFigures() throws Exception {
        data.survey(cases.get(2), 5, 10);
        data.survey(cases.get(1), null, null);
        data.execute("update goodwill set status = 'GRANTED' where complaint_id = ? and status = 'PROPOSED'", cases.get(2));

        Figures february = evaluation.figures(Period.month(LocalDate.of(2026, 2, 1)), department, data.code("DAY"),
                day(2026, 3, 2));

        assertEquals(1, february.received());
        assertEquals(new BigDecimal("24.99"), february.goodwillTotal());
        assertEquals(1, february.satisfaction().answers(), "the unanswered survey of January's case does not count");
        assertEquals(new BigDecimal("100.0"), february.satisfaction().nps());
        assertEquals(new Share(0, 1), february.resolvedInTime(), "resolved on 10 February, due on the 6th");
    }

    @Test
    void casesOfOneDayKeepTheirOwnCausesAndDurations() throws Exception {
        cases.add(data.complaint(department, categoryA, "PHONE", at(2026, 3, 3, 9), day(2026, 3, 4), day(2026, 3, 17),
                "RESOLVED", at(2026, 3, 3, 10), at(2026, 3, 4, 12), null, "PRODUCT_DEFECT"));
        cases.add(data.complaint(department, categoryA, "PHONE", at(2026, 3, 3, 11), day(2026, 3, 4), day(2026, 3, 17),
                "RESOLVED", at(2026, 3, 5, 10), at(2026, 3, 10, 12), null, "COMMUNICATION"));

        Figures march = evaluation.figures(Period.month(LocalDate.of(2026, 3, 1)), department, data.code("DAY"),
                day(2026, 3, 31));

        assertEquals(2, march.rootCauses().size(), "two causes, not one group: " + march.rootCauses());
        assertAgree();
    }

    @Test
    void aPastMonthIsComputedOnceAndAnewWhenAnotherServerRecomputesOneOfItsDays() throws Exception {
        Period february = Period.month(LocalDate.of(2026, 2, 1));
        Figures first = evaluation.figures(february, department, data.code("DAY"), day(2026, 3, 2));
        assertSame(first, evaluation.figures(february, department, data.code("DAY"), day(2026, 3, 2)),
                "nothing changed: the same figures, not computed again");

        data.execute("update complaint set root_cause = 'PRODUCT_DEFECT' where id = ?", cases.get(2));
        new DailyFigures(data.dataSource()).refresh();

        Figures after = evaluation.figures(february, department, data.code("DAY"), day(2026, 3, 2));
        assertEquals(List.of(new Figures.CauseShare("PRODUCT_DEFECT", 1, new BigDecimal("19.99"))), after.rootCauses());
        assertAgree();
    }

    @Test
    void aRefreshWithNothingChangedRecomputesNothing() {
        DailyFigures daily = new DailyFigures(data.dataSource());
        daily.refresh();

        assertEquals(0, daily.refresh());
    }

    private void assertAgree() {
        for (Period period : PERIODS) {
            for (LocalDate asOf : AS_OF) {
                for (Long of : Arrays.asList(department, otherDepartment, null)) {
                    String code = of == null ? null : of == department ? data.code("DAY") : data.code("ELSE");
                    assertEquals(caseByCase.figures(period, of, code, asOf), evaluation.figures(period, of, code, asOf),
                            period + " as of " + asOf + " for " + code);
                }
            }
        }
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
