package de.kundenstimme.feedback.entity;

import de.kundenstimme.complaint.entity.Complaint;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SatisfactionSurveyTest {

    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void isOpenForThirtyDaysAndExpiredFromThen() {
        SatisfactionSurvey survey = survey();

        assertEquals(SurveyState.OPEN, survey.stateAt(SENT));
        assertEquals(SurveyState.OPEN, survey.stateAt(SENT.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertEquals(SurveyState.EXPIRED, survey.stateAt(SENT.plus(Duration.ofDays(30))));
    }

    @Test
    void takesOneAnswerAndRefusesASecond() {
        SatisfactionSurvey survey = survey();

        survey.answer(4, 9, "  Schnell und freundlich.  ", SENT.plusSeconds(3600));

        assertEquals(SurveyState.ANSWERED, survey.stateAt(SENT.plusSeconds(7200)));
        assertEquals(4, survey.getSatisfaction());
        assertEquals(9, survey.getRecommendation());
        assertEquals("Schnell und freundlich.", survey.getComment());
        assertThrows(IllegalStateException.class, () -> survey.answer(1, 0, null, SENT.plusSeconds(7200)));
        assertEquals(4, survey.getSatisfaction(), "the first answer stays");
    }

    @Test
    void refusesAnAnswerAfterExpiry() {
        SatisfactionSurvey survey = survey();

        assertThrows(IllegalStateException.class, () -> survey.answer(5, 10, null, SENT.plus(Duration.ofDays(31))));
        assertNull(survey.getAnsweredAt());
    }

    @Test
    void refusesScoresOutsideTheScales() {
        SatisfactionSurvey survey = survey();

        assertThrows(IllegalArgumentException.class, () -> survey.answer(0, 5, null, SENT));
        assertThrows(IllegalArgumentException.class, () -> survey.answer(6, 5, null, SENT));
        assertThrows(IllegalArgumentException.class, () -> survey.answer(3, -1, null, SENT));
        assertThrows(IllegalArgumentException.class, () -> survey.answer(3, 11, null, SENT));
        assertThrows(IllegalArgumentException.class, () -> survey.answer(3, 5, "x".repeat(2001), SENT));
        assertEquals(SurveyState.OPEN, survey.stateAt(SENT));
    }

    @Test
    void aBlankCommentIsNoComment() {
        SatisfactionSurvey survey = survey();

        survey.answer(3, 7, " \n ", SENT);

        assertNull(survey.getComment());
    }

    private static SatisfactionSurvey survey() {
        return new SatisfactionSurvey(aComplaint(), "a".repeat(64), "kunde@example.de", SENT);
    }

    /** The survey only holds on to its case; an empty one made as JPA does is enough here. */
    private static Complaint aComplaint() {
        try {
            Constructor<Complaint> constructor = Complaint.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
