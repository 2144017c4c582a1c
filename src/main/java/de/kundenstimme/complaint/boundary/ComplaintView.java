package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.control.RepeatComplaints;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.complaint.entity.LifecycleAction;
import de.kundenstimme.complaint.entity.ResolutionStep;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A case as the REST API shows it: references become codes and names, so a client never
 * needs our ids or lazy associations.
 */
public record ComplaintView(String caseNumber, String status, String channel, String socialNetwork, Instant receivedAt,
                            String priority, String subject, String verbatim, String desiredOutcome,
                            String agreedSolution, String categoryCode, String category, String productCode,
                            CustomerSummary customer, String owner, String department, LocalDate acknowledgementDue,
                            LocalDate resolutionDue, boolean overdue, int escalationLevel, long version,
                            List<String> availableActions, List<StepView> steps, boolean addressedToBoard,
                            boolean legalThreat, boolean publicThreat, boolean repeatComplainant,
                            int complaintsIn12Months, List<GoodwillView> goodwill, BigDecimal goodwillTotal,
                            String rootCause) {

    public record CustomerSummary(long id, String customerNumber, String name, String email, String phone) {
    }

    public record StepView(long id, String description, String responsible, LocalDate dueDate, String state,
                           String result, long version) {

        static StepView of(ResolutionStep step) {
            String responsible = step.getResponsibleUser() != null ? step.getResponsibleUser().getUsername()
                    : step.getResponsibleDepartment() != null ? step.getResponsibleDepartment().getCode() : null;
            return new StepView(step.getId(), step.getDescription(), responsible, step.getDueDate(),
                    step.getState().name(), step.getResult(), step.getVersion());
        }
    }

    /** Goodwill in EUR; version is the ETag for a decision. */
    public record GoodwillView(long id, String kind, BigDecimal amount, String description, String status,
                               String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                               String decisionReason, long version) {

        static GoodwillView of(Goodwill g) {
            return new GoodwillView(g.getId(), g.getKind().name(), g.getAmount(), g.getDescription(), g.getStatus().name(),
                    g.getProposedBy(), g.getProposedAt(), g.getDecidedBy(), g.getDecidedAt(), g.getDecisionReason(),
                    g.getVersion());
        }
    }

    /**
     * The case; with details its steps and goodwill, which the list leaves out. complaintsIn12Months
     * comes from {@link RepeatComplaints}, counted for a whole page at once.
     */
    public static ComplaintView of(Complaint c, LocalDate today, boolean withSteps, int complaintsIn12Months) {
        var customer = c.getCustomer();
        return new ComplaintView(c.getCaseNumber(), c.getStatus().name(), c.getChannel().name(),
                c.getSocialNetwork() == null ? null : c.getSocialNetwork().name(), c.getReceivedAt(),
                c.getPriority().name(), c.getSubject(), c.getVerbatim(), c.getDesiredOutcome(), c.getAgreedSolution(),
                c.getCategory().getCode(), c.getCategory().path(Locale.GERMAN),
                c.getProduct() == null ? null : c.getProduct().getCode(),
                new CustomerSummary(customer.getId(), customer.getCustomerNumber(), customer.getDisplayName(),
                        customer.getEmail(), customer.getPhone()),
                c.getOwner() == null ? null : c.getOwner().getUsername(), c.getDepartment().getCode(),
                c.getAcknowledgementDue(), c.getResolutionDue(), c.isOverdue(today), c.getEscalationLevel(),
                c.getVersion(), c.availableActions().stream().map(LifecycleAction::name).toList(),
                withSteps ? c.getSteps().stream().map(StepView::of).toList() : null,
                c.isAddressedToBoard(), c.isLegalThreat(), c.isPublicThreat(),
                RepeatComplaints.isRepeat(complaintsIn12Months), complaintsIn12Months,
                withSteps ? c.getGoodwill().stream().map(GoodwillView::of).toList() : null,
                withSteps ? c.getGoodwillTotal() : null,
                c.getRootCause() == null ? null : c.getRootCause().name());
    }
}
