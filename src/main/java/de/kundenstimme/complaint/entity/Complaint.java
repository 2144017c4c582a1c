package de.kundenstimme.complaint.entity;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Product;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.customer.entity.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One case. Guards the lifecycle of DOMAIN.md itself and records every change in its history,
 * so no caller can move it into a state the rules forbid or change it unseen.
 */
@Entity
@NamedQuery(name = Complaint.BY_CASE_NUMBER, query = "select c from Complaint c join fetch c.customer join fetch c.category"
        + " join fetch c.department left join fetch c.owner left join fetch c.product where c.caseNumber = :caseNumber")
@NamedQuery(name = Complaint.OTHERS_OF_CUSTOMER, query = "select c from Complaint c join fetch c.category"
        + " where c.customer.id = :customerId and c.id <> :excludedId order by c.receivedAt desc")
@NamedQuery(name = Complaint.OPEN_OF_CUSTOMER, query = "select c from Complaint c join fetch c.category"
        + " where c.customer.id = :customerId and c.status not in (de.kundenstimme.complaint.entity.ComplaintStatus.RESOLVED,"
        + " de.kundenstimme.complaint.entity.ComplaintStatus.CLOSED, de.kundenstimme.complaint.entity.ComplaintStatus.REJECTED)"
        + " order by c.receivedAt desc")
public class Complaint {

    public static final String BY_CASE_NUMBER = "Complaint.byCaseNumber";
    public static final String OTHERS_OF_CUSTOMER = "Complaint.othersOfCustomer";
    public static final String OPEN_OF_CUSTOMER = "Complaint.openOfCustomer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number")
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "social_network")
    private SocialNetwork socialNetwork;
    @Column(name = "received_at")
    private Instant receivedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private String subject;
    private String verbatim;
    @Column(name = "desired_outcome")
    private String desiredOutcome;
    @Column(name = "agreed_solution")
    private String agreedSolution;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status = ComplaintStatus.NEW;
    @Column(name = "escalation_level")
    private int escalationLevel;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private User owner;
    @Column(name = "acknowledgement_due")
    private LocalDate acknowledgementDue;
    @Column(name = "resolution_due")
    private LocalDate resolutionDue;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "final_answer_given_at")
    private Instant finalAnswerGivenAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "addressed_to_board")
    private boolean addressedToBoard;
    @Column(name = "legal_threat")
    private boolean legalThreat;
    @Column(name = "public_threat")
    private boolean publicThreat;
    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause")
    private RootCause rootCause;
    @Version
    private long version;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ResolutionStep> steps = new ArrayList<>();
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ComplaintNote> notes = new ArrayList<>();
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<HistoryEntry> history = new ArrayList<>();
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Escalation> escalations = new ArrayList<>();
    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "paused_business_days")
    private int pausedBusinessDays;
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Goodwill> goodwill = new ArrayList<>();

    protected Complaint() {
    }

    public Complaint(Intake intake, Customer customer, Category category, Product product, User owner,
                     Deadlines deadlines, String caseNumber, String actor, Instant now) {
        this.caseNumber = caseNumber;
        this.channel = intake.channel();
        this.socialNetwork = intake.channel().hasNetwork() ? intake.socialNetwork() : null;
        this.receivedAt = intake.receivedAt();
        this.priority = intake.priority();
        this.subject = intake.subject();
        this.verbatim = intake.verbatim();
        this.desiredOutcome = intake.desiredOutcome();
        this.customer = customer;
        this.category = category;
        this.product = product;
        this.department = category.getDepartment();
        this.owner = owner;
        this.acknowledgementDue = deadlines.acknowledgement();
        this.resolutionDue = deadlines.resolution();
        this.createdBy = actor;
        this.createdAt = now;
        this.updatedAt = now;
        record(actor, now, "CAPTURED", null, null, caseNumber);
    }

    /** Applies a lifecycle action; refuses anything DOMAIN.md does not allow, changing nothing. */
    public void apply(LifecycleAction action, String reason, String solution, String actor, Instant now) {
        if (!action.allowedFrom(status)) {
            throw new LifecycleViolation("complaint.lifecycle.forbidden", "complaint.action." + action.name(),
                    "complaint.status." + status.name());
        }
        if (action.requiresReason() && isBlank(reason)) {
            throw new LifecycleViolation("complaint.lifecycle.reasonRequired", "complaint.action." + action.name());
        }
        String agreed = isBlank(solution) ? agreedSolution : solution.strip();
        if (action.requiresAgreedSolution() && isBlank(agreed)) {
            throw new LifecycleViolation("complaint.lifecycle.agreedSolutionRequired");
        }
        if (action == LifecycleAction.CLOSE) {
            if (finalAnswerGivenAt == null) {
                throw new LifecycleViolation("complaint.lifecycle.finalAnswerMissing");
            }
            if (steps.stream().anyMatch(ResolutionStep::isOpen)) {
                throw new LifecycleViolation("complaint.lifecycle.openSteps");
            }
            if (goodwill.stream().anyMatch(Goodwill::isPending)) {
                throw new LifecycleViolation("complaint.lifecycle.pendingGoodwill");
            }
        }
        ComplaintStatus before = status;
        status = action.target();
        updatedAt = now;
        switch (action) {
            case ACKNOWLEDGE -> acknowledgedAt = now;
            case RESOLVE -> {
                change("agreedSolution", agreedSolution, agreed, actor, now);
                agreedSolution = agreed;
                resolvedAt = now;
            }
            case CLOSE -> closedAt = now;
            case REJECT -> rejectionReason = reason.strip();
            case REOPEN -> {
                resolvedAt = null;
                closedAt = null;
            }
            case WAIT_FOR_CUSTOMER -> waitingSince = now;
            case RESUME -> waitingSince = null;
            default -> {
                // the state change is all these actions do
            }
        }
        record(actor, now, action.name(), "status", before.name(), status.name());
        if (action.requiresReason()) {
            addNote(NoteKind.NOTE, reason.strip(), actor, now);
        }
    }

    /**
     * Resolves the case with the cause the handler found; the cause is history like any change.
     * A cause only makes sense with the resolution, so a refused resolution records none.
     */
    public void resolve(String solution, RootCause cause, String actor, Instant now) {
        apply(LifecycleAction.RESOLVE, null, solution, actor, now);
        if (cause != null && cause != rootCause) {
            change("rootCause", rootCause == null ? null : rootCause.name(), cause.name(), actor, now);
            rootCause = cause;
        }
    }

    /**
     * Time spent waiting for the customer does not count: the resolution deadline moves by the
     * business days waited, and the case remembers them for a later recalculation. Called by the
     * boundary just before it resumes the case.
     */
    public void extendResolutionDeadline(LocalDate newDue, int businessDaysWaited, String actor, Instant now) {
        if (status != ComplaintStatus.WAITING_FOR_CUSTOMER || businessDaysWaited <= 0) {
            return;
        }
        pausedBusinessDays += businessDaysWaited;
        updatedAt = now;
        if (!newDue.isAfter(resolutionDue)) {
            return;
        }
        record(actor, now, "DEADLINE_PAUSED", "resolutionDue", resolutionDue.toString(), newDue.toString());
        resolutionDue = newDue;
        updatedAt = now;
    }

    /**
     * Raises the case to the given level for a deadline (or by hand); the sweep makes sure each
     * deadline is escalated once per level. The level never goes down here, only by clearing.
     */
    public Escalation escalate(int level, DeadlineKind kind, LocalDate deadline, String reason, String actor, Instant now) {
        if (level < 1 || level > 2) {
            throw new IllegalArgumentException("Escalation level " + level);
        }
        if (!status.isOpen()) {
            throw new LifecycleViolation("complaint.escalation.notOpen", "complaint.status." + status.name());
        }
        Escalation escalation = new Escalation(this, level, kind, deadline, reason, actor, now);
        escalations.add(escalation);
        if (level > escalationLevel) {
            change("escalationLevel", Integer.toString(escalationLevel), Integer.toString(level), actor, now);
            escalationLevel = level;
        }
        record(actor, now, "ESCALATED", "escalation", null, reason);
        return escalation;
    }

    /** A manager has dealt with the escalation: every open one is cleared with the reason. */
    public void clearEscalation(String reason, String actor, Instant now) {
        if (escalationLevel == 0) {
            throw new LifecycleViolation("complaint.escalation.none");
        }
        escalations.stream().filter(Escalation::isOpen).forEach(e -> e.clear(reason, actor, now));
        change("escalationLevel", Integer.toString(escalationLevel), "0", actor, now);
        escalationLevel = 0;
        record(actor, now, "ESCALATION_CLEARED", "escalation", null, reason);
    }

    /** Gives the case to another handler of its department; the boundary checks the department. */
    public void assignTo(User newOwner, String actor, Instant now) {
        if (!Objects.equals(newOwner.getDepartment().getId(), department.getId())) {
            throw new LifecycleViolation("complaint.owner.otherDepartment", newOwner.getUsername());
        }
        if (owner != null && owner.getId().equals(newOwner.getId())) {
            return;
        }
        change("owner", owner == null ? null : owner.getUsername(), newOwner.getUsername(), actor, now);
        owner = newOwner;
    }

    public ResolutionStep addStep(String description, User responsibleUser, Department responsibleDepartment,
                                  LocalDate dueDate, String actor, Instant now) {
        requireOpenForWork();
        ResolutionStep step = new ResolutionStep(this, description, responsibleUser, responsibleDepartment, dueDate, actor, now);
        steps.add(step);
        record(actor, now, "STEP_ADDED", "step", null, description);
        return step;
    }

    public void finishStep(ResolutionStep step, StepState newState, String result, String actor, Instant now) {
        step.finish(newState, result);
        record(actor, now, "STEP_" + newState.name(), "step", step.getDescription(), result);
    }

    public ComplaintNote addNote(NoteKind kind, String text, String actor, Instant now) {
        ComplaintNote note = new ComplaintNote(this, kind, text, actor, now);
        notes.add(note);
        if (kind == NoteKind.FINAL_ANSWER_BY_PHONE) {
            finalAnswerGivenAt = now;
            record(actor, now, "FINAL_ANSWER_BY_PHONE", null, null, null);
        }
        return note;
    }

    /** Marks the final answer as given, e.g. when the final answer letter has been sent. */
    public void recordFinalAnswer(String actor, Instant now) {
        finalAnswerGivenAt = now;
        record(actor, now, "FINAL_ANSWER", null, null, null);
    }

    public void changePriority(Priority newPriority, String actor, Instant now) {
        if (newPriority != priority) {
            change("priority", priority.name(), newPriority.name(), actor, now);
            priority = newPriority;
        }
    }

    /**
     * Gives a running case the deadlines the current deadline table yields; each deadline that moves
     * is recorded with its old and new date. Returns whether anything moved.
     */
    public boolean recalculateDeadlines(Deadlines recalculated, String actor, Instant now) {
        if (!status.isOpen()) {
            throw new LifecycleViolation("complaint.deadlines.notOpen", "complaint.status." + status.name());
        }
        boolean moved = false;
        if (!recalculated.acknowledgement().equals(acknowledgementDue)) {
            record(actor, now, "DEADLINES_RECALCULATED", "acknowledgementDue", acknowledgementDue.toString(),
                    recalculated.acknowledgement().toString());
            acknowledgementDue = recalculated.acknowledgement();
            moved = true;
        }
        if (!recalculated.resolution().equals(resolutionDue)) {
            record(actor, now, "DEADLINES_RECALCULATED", "resolutionDue", resolutionDue.toString(),
                    recalculated.resolution().toString());
            resolutionDue = recalculated.resolution();
            moved = true;
        }
        if (moved) {
            updatedAt = now;
        }
        return moved;
    }

    /** Sets or clears a special-case flag; a change is history, setting it to what it is changes nothing. */
    public void flag(SpecialCase specialCase, boolean on, String actor, Instant now) {
        boolean before = isFlagged(specialCase);
        if (before == on) {
            return;
        }
        switch (specialCase) {
            case ADDRESSED_TO_BOARD -> addressedToBoard = on;
            case LEGAL_THREAT -> legalThreat = on;
            case PUBLIC_THREAT -> publicThreat = on;
        }
        change(specialCase.field(), Boolean.toString(before), Boolean.toString(on), actor, now);
    }

    public boolean isFlagged(SpecialCase specialCase) {
        return switch (specialCase) {
            case ADDRESSED_TO_BOARD -> addressedToBoard;
            case LEGAL_THREAT -> legalThreat;
            case PUBLIC_THREAT -> publicThreat;
        };
    }

    /**
     * Proposes goodwill: granted at once within the proposer's limit, otherwise left for a manager.
     * A closed or rejected case takes no new goodwill; it is reopened first.
     */
    public Goodwill proposeGoodwill(GoodwillKind kind, BigDecimal amount, String description, BigDecimal proposerLimit,
                                    String actor, Instant now) {
        if (status == ComplaintStatus.CLOSED || status == ComplaintStatus.REJECTED) {
            throw new LifecycleViolation("complaint.goodwill.caseFinished", "complaint.status." + status.name());
        }
        Goodwill proposal = new Goodwill(this, kind, amount, description, actor, proposerLimit, now);
        goodwill.add(proposal);
        record(actor, now, proposal.isGranted() ? "GOODWILL_GRANTED" : "GOODWILL_PROPOSED", "goodwill", null,
                proposal.summary());
        return proposal;
    }

    /** A manager grants a pending proposal of this case within their own limit. */
    public void approveGoodwill(Goodwill proposal, BigDecimal managerLimit, String reason, String actor, Instant now) {
        requireOwn(proposal);
        proposal.approve(actor, managerLimit, reason, now);
        record(actor, now, "GOODWILL_APPROVED", "goodwill", proposal.summary(), proposal.getDecisionReason());
    }

    /** A manager declines a pending proposal of this case, with a reason. */
    public void declineGoodwill(Goodwill proposal, String reason, String actor, Instant now) {
        requireOwn(proposal);
        proposal.decline(actor, reason, now);
        record(actor, now, "GOODWILL_DECLINED", "goodwill", proposal.summary(), proposal.getDecisionReason());
    }

    /** The sum of the granted goodwill in EUR; proposed and declined goodwill costs nothing. */
    public BigDecimal getGoodwillTotal() {
        return goodwill.stream().filter(Goodwill::isGranted).map(Goodwill::getAmount)
                .reduce(BigDecimal.ZERO.setScale(Goodwill.SCALE), BigDecimal::add);
    }

    private void requireOwn(Goodwill proposal) {
        if (!goodwill.contains(proposal)) {
            throw new IllegalArgumentException("Goodwill of another case");
        }
    }

    public boolean isOverdue(LocalDate today) {
        if (!status.isOpen()) {
            return false;
        }
        return resolutionDue.isBefore(today) || (status == ComplaintStatus.NEW && acknowledgementDue.isBefore(today));
    }

    public boolean isAcknowledgementOverdue(LocalDate today) {
        return status == ComplaintStatus.NEW && acknowledgementDue.isBefore(today);
    }

    public boolean isResolutionOverdue(LocalDate today) {
        return status.isOpen() && resolutionDue.isBefore(today);
    }

    public List<LifecycleAction> availableActions() {
        return LifecycleAction.availableFrom(status);
    }

    private void requireOpenForWork() {
        if (!status.isOpen()) {
            throw new LifecycleViolation("complaint.lifecycle.notOpen", "complaint.status." + status.name());
        }
    }

    private void change(String field, String oldValue, String newValue, String actor, Instant now) {
        record(actor, now, "CHANGED", field, oldValue, newValue);
        updatedAt = now;
    }

    private void record(String actor, Instant now, String action, String field, String oldValue, String newValue) {
        history.add(new HistoryEntry(this, now, actor, action, field, oldValue, newValue));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Channel getChannel() {
        return channel;
    }

    public SocialNetwork getSocialNetwork() {
        return socialNetwork;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Category getCategory() {
        return category;
    }

    public Product getProduct() {
        return product;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getSubject() {
        return subject;
    }

    public String getVerbatim() {
        return verbatim;
    }

    public String getDesiredOutcome() {
        return desiredOutcome;
    }

    public String getAgreedSolution() {
        return agreedSolution;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public Department getDepartment() {
        return department;
    }

    public User getOwner() {
        return owner;
    }

    public LocalDate getAcknowledgementDue() {
        return acknowledgementDue;
    }

    public LocalDate getResolutionDue() {
        return resolutionDue;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getFinalAnswerGivenAt() {
        return finalAnswerGivenAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ResolutionStep> getSteps() {
        return steps;
    }

    public List<ComplaintNote> getNotes() {
        return notes;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<Escalation> getEscalations() {
        return escalations;
    }

    public int getPausedBusinessDays() {
        return pausedBusinessDays;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public List<Goodwill> getGoodwill() {
        return goodwill;
    }

    public boolean isAddressedToBoard() {
        return addressedToBoard;
    }

    public boolean isLegalThreat() {
        return legalThreat;
    }

    public boolean isPublicThreat() {
        return publicThreat;
    }

    public RootCause getRootCause() {
        return rootCause;
    }
}
