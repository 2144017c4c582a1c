package de.kundenstimme.complaint.entity;

import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.User;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A Maßnahme: a task inside a case with a responsible person or department and a due date. */
@Entity
@Table(name = "resolution_step")
public class ResolutionStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    private String description;
    @ManyToOne
    @JoinColumn(name = "responsible_user_id")
    private User responsibleUser;
    @ManyToOne
    @JoinColumn(name = "responsible_department_id")
    private Department responsibleDepartment;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private StepState state = StepState.OPEN;
    private String result;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    protected ResolutionStep() {
    }

    ResolutionStep(Complaint complaint, String description, User responsibleUser, Department responsibleDepartment,
                   LocalDate dueDate, String createdBy, Instant createdAt) {
        this.complaint = complaint;
        this.description = description;
        this.responsibleUser = responsibleUser;
        this.responsibleDepartment = responsibleDepartment;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Done or cancelled, with the result; a finished step is not reopened. */
    public void finish(StepState newState, String result) {
        if (newState == StepState.OPEN) {
            throw new LifecycleViolation("complaint.step.cannotReopen");
        }
        if (state != StepState.OPEN) {
            throw new LifecycleViolation("complaint.step.alreadyFinished");
        }
        this.state = newState;
        this.result = result;
    }

    public boolean isOpen() {
        return state == StepState.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public String getDescription() {
        return description;
    }

    public User getResponsibleUser() {
        return responsibleUser;
    }

    public Department getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public StepState getState() {
        return state;
    }

    public String getResult() {
        return result;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
