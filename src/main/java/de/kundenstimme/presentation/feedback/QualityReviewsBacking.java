package de.kundenstimme.presentation.feedback;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.feedback.boundary.QualityReviews;
import de.kundenstimme.feedback.entity.Checklist;
import de.kundenstimme.feedback.entity.QualityReview;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Quality reviews: a manager draws and scores samples for the department's handlers; a handler
 * sees their own results.
 */
@Named
@ViewScoped
public class QualityReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reviews";

    @Inject
    QualityReviews reviews;

    @Inject
    FacesMessages messages;

    private String handler;
    private String month = YearMonth.now().minusMonths(1).toString();
    private Integer size = 3;
    private Long scoringId;
    private boolean polite;
    private boolean listened;
    private boolean customerInvolved;
    private boolean thanksGiven;
    private boolean deadlinesKept;
    private boolean followUpDone;
    private String comment;
    private transient List<QualityReview> results;

    public boolean isManager() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("MANAGER");
    }

    public List<User> getHandlers() {
        return isManager() ? reviews.reviewableHandlers() : List.of();
    }

    /** Whose results are shown: the chosen handler for a manager, oneself for a handler. */
    public String getShownHandler() {
        if (isManager() && handler != null) {
            return handler;
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<QualityReview> getResults() {
        if (results == null) {
            try {
                results = reviews.of(getShownHandler());
            } catch (AccessDenied | InvalidInput notShown) {
                results = List.of();
            }
        }
        return results;
    }

    public void show() {
        results = null;
    }

    public void draw() {
        try {
            List<QualityReview> drawn = reviews.draw(handler, month == null ? null : YearMonth.parse(month.strip()),
                    size == null ? 0 : size);
            messages.info("feedback.review.drawn", drawn.size());
        } catch (DateTimeParseException malformed) {
            messages.error("feedback.review.month.invalid");
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
        results = null;
    }

    public void startScoring(QualityReview review) {
        scoringId = review.getId();
        polite = listened = customerInvolved = thanksGiven = deadlinesKept = followUpDone = false;
        comment = null;
    }

    public void saveScore(QualityReview review) {
        try {
            reviews.score(review.getId(), review.getVersion(),
                    new Checklist(polite, listened, customerInvolved, thanksGiven, deadlinesKept, followUpDone), comment);
            messages.info("feedback.review.scored");
            scoringId = null;
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
        results = null;
    }

    public Long getScoringId() {
        return scoringId;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public boolean isPolite() {
        return polite;
    }

    public void setPolite(boolean polite) {
        this.polite = polite;
    }

    public boolean isListened() {
        return listened;
    }

    public void setListened(boolean listened) {
        this.listened = listened;
    }

    public boolean isCustomerInvolved() {
        return customerInvolved;
    }

    public void setCustomerInvolved(boolean customerInvolved) {
        this.customerInvolved = customerInvolved;
    }

    public boolean isThanksGiven() {
        return thanksGiven;
    }

    public void setThanksGiven(boolean thanksGiven) {
        this.thanksGiven = thanksGiven;
    }

    public boolean isDeadlinesKept() {
        return deadlinesKept;
    }

    public void setDeadlinesKept(boolean deadlinesKept) {
        this.deadlinesKept = deadlinesKept;
    }

    public boolean isFollowUpDone() {
        return followUpDone;
    }

    public void setFollowUpDone(boolean followUpDone) {
        this.followUpDone = followUpDone;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
