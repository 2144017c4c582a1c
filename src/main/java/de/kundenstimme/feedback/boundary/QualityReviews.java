package de.kundenstimme.feedback.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.ComplaintStatus;
import de.kundenstimme.feedback.control.Sampling;
import de.kundenstimme.feedback.entity.Checklist;
import de.kundenstimme.feedback.entity.QualityReview;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Quality reviews (Handhabungs-Monitoring): a manager draws a random sample of a handler's cases
 * closed in a month and scores each against the checklist. A handler's results are seen by the
 * handler and by the managers of the handler's department, nobody else.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class QualityReviews {

    public static final int MAX_SAMPLE = 20;
    /** No case was received earlier: capture refuses older receipts as typing errors. */
    private static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    private final SecureRandom random = new SecureRandom();

    /** Draws up to {@code size} of the handler's cases closed in the month that are not under review yet. */
    public List<QualityReview> draw(@NotNull(message = "{feedback.review.sample.required}") String handlerName,
                                    @NotNull(message = "{feedback.review.month.invalid}") YearMonth month, int size) {
        User handler = handler(handlerName);
        requireManagerOf(handler);
        if (size < 1 || size > MAX_SAMPLE) {
            throw new InvalidInput("size", "feedback.review.size.range");
        }
        if (month.isAfter(YearMonth.from(time.today()))) {
            throw new InvalidInput("month", "feedback.review.month.future");
        }
        if (month.isBefore(FIRST_MONTH)) {
            throw new InvalidInput("month", "feedback.review.month.tooEarly");
        }
        Instant from = month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        List<Complaint> closed = em.createQuery("select c from Complaint c where c.owner = :handler and c.status = :closed"
                        + " and c.closedAt >= :from and c.closedAt < :to"
                        + " and not exists (select q from QualityReview q where q.complaint = c)", Complaint.class)
                .setParameter("handler", handler).setParameter("closed", ComplaintStatus.CLOSED)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
        Instant now = time.now();
        List<QualityReview> drawn = Sampling.draw(closed, size, random).stream()
                .map(c -> new QualityReview(c, handler, month.toString(), currentUser.username(), now))
                .toList();
        drawn.forEach(em::persist);
        return drawn;
    }

    public QualityReview score(long reviewId, long expectedVersion, @NotNull Checklist checklist, String comment) {
        QualityReview review = em.find(QualityReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new InvalidInput("review", "feedback.review.unknown");
        }
        requireManagerOf(review.getHandler());
        if (review.getVersion() != expectedVersion || review.isScored()) {
            throw new InvalidInput("review", "feedback.review.alreadyScored");
        }
        if (!checklist.complete()) {
            throw new InvalidInput("checklist", "feedback.review.checklist.incomplete");
        }
        if (comment != null && comment.length() > QualityReview.COMMENT_MAX) {
            throw new InvalidInput("comment", "feedback.review.comment.size");
        }
        review.score(checklist, comment, currentUser.username(), time.now());
        return review;
    }

    /** The handler's reviews, newest month first: for the handler and the department's managers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QualityReview> of(@NotNull String handlerName) {
        User handler = handler(handlerName);
        boolean self = Objects.equals(handler.getUsername(), currentUser.username());
        if (!self) {
            requireManagerOf(handler);
        }
        return em.createNamedQuery(QualityReview.OF_HANDLER, QualityReview.class).setParameter("handler", handler)
                .getResultList();
    }

    /** The handlers a manager may review: those of the manager's department. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> reviewableHandlers() {
        if (!currentUser.is(Role.MANAGER)) {
            throw new AccessDenied("feedback.review.managersOnly");
        }
        return em.createNamedQuery(User.HANDLERS_OF_DEPARTMENT, User.class)
                .setParameter("department", currentUser.user().getDepartment()).getResultList();
    }

    private User handler(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst()
                .filter(u -> u.hasRole(Role.HANDLER) || u.hasRole(Role.MANAGER))
                .orElseThrow(() -> new InvalidInput("handler", "feedback.review.handler.unknown"));
    }

    private void requireManagerOf(User handler) {
        User viewer = currentUser.user();
        boolean sameDepartment = viewer.getDepartment() != null && handler.getDepartment() != null
                && Objects.equals(viewer.getDepartment().getId(), handler.getDepartment().getId());
        if (!currentUser.is(Role.MANAGER) || !sameDepartment) {
            throw new AccessDenied("feedback.review.managersOnly");
        }
    }
}
