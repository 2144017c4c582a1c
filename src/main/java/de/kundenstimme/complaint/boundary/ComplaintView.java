package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.LifecycleAction;
import de.kundenstimme.complaint.entity.ResolutionStep;

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
                            List<String> availableActions, List<StepView> steps) {

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

    public static ComplaintView of(Complaint c, LocalDate today, boolean withSteps) {
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
                withSteps ? c.getSteps().stream().map(StepView::of).toList() : null);
    }
}
