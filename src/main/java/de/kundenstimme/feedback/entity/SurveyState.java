package de.kundenstimme.feedback.entity;

/** What a survey link leads to: the questions, or one of the friendly refusals. */
public enum SurveyState {
    OPEN, ANSWERED, EXPIRED, UNKNOWN
}
