package de.kundenstimme.complaint.entity;

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
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Goodwill (Kulanz) granted or proposed on a case, in EUR with cents. Within the proposer's limit
 * it is granted at once; above it a manager other than the proposer, within their own limit,
 * grants it, or any manager of the department declines it with a reason. A decision is final.
 */
@Entity
@NamedQuery(name = Goodwill.PENDING_OF_DEPARTMENT, query = "select g from Goodwill g where g.complaint.department.id"
        + " = :departmentId and g.status = de.kundenstimme.complaint.entity.GoodwillStatus.PROPOSED order by g.proposedAt, g.id")
@NamedEntityGraph(name = Goodwill.WITH_CASE_AND_CUSTOMER,
        attributeNodes = @NamedAttributeNode(value = "complaint", subgraph = "case"),
        subgraphs = @NamedSubgraph(name = "case", attributeNodes = @NamedAttributeNode("customer")))
public class Goodwill {

    public static final String PENDING_OF_DEPARTMENT = "Goodwill.pendingOfDepartment";
    public static final String WITH_CASE_AND_CUSTOMER = "Goodwill.withCaseAndCustomer";
    /** The largest single goodwill the system takes; anything above is a typing error. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");
    public static final int SCALE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    @Enumerated(EnumType.STRING)
    private GoodwillKind kind;
    private BigDecimal amount;
    private String description;
    @Enumerated(EnumType.STRING)
    private GoodwillStatus status;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Version
    private long version;

    protected Goodwill() {
    }

    Goodwill(Complaint complaint, GoodwillKind kind, BigDecimal amount, String description, String proposedBy,
             BigDecimal proposerLimit, Instant now) {
        if (kind == null || description == null || description.isBlank()) {
            throw new IllegalArgumentException("kind and description are required");
        }
        this.complaint = complaint;
        this.kind = kind;
        this.amount = checkedAmount(amount);
        this.description = description.strip();
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        if (withinLimit(this.amount, proposerLimit)) {
            status = GoodwillStatus.GRANTED;
            decidedBy = proposedBy;
            decidedAt = now;
        } else {
            status = GoodwillStatus.PROPOSED;
        }
    }

    /** The rule for granting at once and for approving: the amount does not exceed the person's limit. */
    public static boolean withinLimit(BigDecimal amount, BigDecimal limit) {
        return limit != null && amount.compareTo(limit) <= 0;
    }

    /**
     * True for an amount the system stores: more than zero, at most {@link #MAX_AMOUNT}, at most two
     * decimals as given (like Bean Validation's @Digits: "12.340" is refused, not silently cut).
     */
    public static boolean isValidAmount(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.compareTo(MAX_AMOUNT) <= 0
                && Math.max(0, amount.scale()) <= SCALE;
    }

    private static BigDecimal checkedAmount(BigDecimal amount) {
        if (!isValidAmount(amount)) {
            throw new IllegalArgumentException("Not a goodwill amount: " + amount);
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Grants a pending proposal; the boundary has checked that the decider is a manager of the case's department. */
    void approve(String manager, BigDecimal managerLimit, String reason, Instant now) {
        requireDecidableBy(manager);
        if (!withinLimit(amount, managerLimit)) {
            throw new LifecycleViolation("complaint.goodwill.aboveOwnLimit", amount,
                    managerLimit == null ? BigDecimal.ZERO.setScale(SCALE) : managerLimit);
        }
        decide(GoodwillStatus.GRANTED, manager, reason, now);
    }

    /** Declines a pending proposal; a reason is required, since the proposer has to tell the customer. */
    void decline(String manager, String reason, Instant now) {
        requireDecidableBy(manager);
        if (reason == null || reason.isBlank()) {
            throw new LifecycleViolation("complaint.goodwill.reasonRequired");
        }
        decide(GoodwillStatus.DECLINED, manager, reason, now);
    }

    private void requireDecidableBy(String manager) {
        if (status != GoodwillStatus.PROPOSED) {
            throw new LifecycleViolation("complaint.goodwill.alreadyDecided", "complaint.goodwill.status." + status.name());
        }
        if (proposedBy.equalsIgnoreCase(manager)) {
            throw new LifecycleViolation("complaint.goodwill.ownProposal");
        }
    }

    private void decide(GoodwillStatus newStatus, String manager, String reason, Instant now) {
        status = newStatus;
        decidedBy = manager;
        decidedAt = now;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public boolean isPending() {
        return status == GoodwillStatus.PROPOSED;
    }

    public boolean isGranted() {
        return status == GoodwillStatus.GRANTED;
    }

    /** How the history names this goodwill: kind, amount and what it is. */
    String summary() {
        return kind.name() + " " + amount.toPlainString() + " EUR: " + description;
    }

    public Long getId() {
        return id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public GoodwillKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDescription() {
        return description;
    }

    public GoodwillStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public long getVersion() {
        return version;
    }
}
