package de.kundenstimme.feedback.boundary;

import de.kundenstimme.feedback.entity.SatisfactionSurvey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The customer's answer: satisfaction with the handling 1–5, likelihood to recommend 0–10, free text. */
public record SurveyAnswer(
        @NotNull(message = "{feedback.survey.satisfaction.required}") @Min(value = 1, message = "{feedback.survey.satisfaction.range}")
        @Max(value = 5, message = "{feedback.survey.satisfaction.range}") Integer satisfaction,
        @NotNull(message = "{feedback.survey.recommendation.required}") @Min(value = 0, message = "{feedback.survey.recommendation.range}")
        @Max(value = 10, message = "{feedback.survey.recommendation.range}") Integer recommendation,
        @Size(max = SatisfactionSurvey.COMMENT_MAX, message = "{feedback.survey.comment.size}") String comment) {
}
