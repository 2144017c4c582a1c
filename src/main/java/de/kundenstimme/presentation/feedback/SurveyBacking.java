package de.kundenstimme.presentation.feedback;

import de.kundenstimme.feedback.boundary.SurveyAnswer;
import de.kundenstimme.feedback.boundary.Surveys;
import de.kundenstimme.feedback.entity.SurveyState;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/** The survey page the customer reaches from the e-mail's link, without a login. */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "survey";

    @Inject
    Surveys surveys;

    @Inject
    FacesMessages messages;

    private String token;
    private SurveyState state;
    private String caseNumber;
    private boolean thanked;
    private Integer satisfaction;
    private Integer recommendation;
    private String comment;

    public void load() {
        state = surveys.stateOf(token);
        caseNumber = state == SurveyState.UNKNOWN ? null : surveys.caseNumberOf(token).orElse(null);
    }

    public void submit() {
        try {
            SurveyState found = surveys.answer(token, new SurveyAnswer(satisfaction, recommendation, comment));
            if (found == SurveyState.OPEN) {
                thanked = true;
            }
            state = found == SurveyState.OPEN ? SurveyState.ANSWERED : found;
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<Integer> getSatisfactionScale() {
        return IntStream.rangeClosed(1, 5).boxed().toList();
    }

    public List<Integer> getRecommendationScale() {
        return IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public SurveyState getState() {
        return state;
    }

    public boolean isOpen() {
        return state == SurveyState.OPEN;
    }

    public boolean isThanked() {
        return thanked;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Integer getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Integer recommendation) {
        this.recommendation = recommendation;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
