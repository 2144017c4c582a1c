package de.kundenstimme.presentation.complaint;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.boundary.CaseNotFound;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.boundary.Escalations;
import de.kundenstimme.complaint.boundary.GoodwillNotFound;
import de.kundenstimme.complaint.boundary.GoodwillRequest;
import de.kundenstimme.complaint.boundary.Goodwills;
import de.kundenstimme.feedback.boundary.Surveys;
import de.kundenstimme.feedback.entity.SatisfactionSurvey;
import de.kundenstimme.intake.boundary.Attachments;
import de.kundenstimme.complaint.boundary.NotPermitted;
import de.kundenstimme.complaint.boundary.StaleCase;
import de.kundenstimme.complaint.boundary.StaleGoodwill;
import de.kundenstimme.complaint.boundary.StepRequest;
import de.kundenstimme.complaint.control.RepeatComplaints;
import de.kundenstimme.customer.boundary.ReviewQueue;
import de.kundenstimme.customer.entity.SourceRecord;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.complaint.entity.GoodwillDecision;
import de.kundenstimme.complaint.entity.GoodwillKind;
import de.kundenstimme.complaint.entity.HistoryEntry;
import de.kundenstimme.complaint.entity.LifecycleAction;
import de.kundenstimme.complaint.entity.RootCause;
import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.complaint.entity.StepState;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import de.kundenstimme.presentation.Formats;
import de.kundenstimme.privacy.control.AccessLog;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The case screen. It remembers the version the user has seen: a change made meanwhile by
 * someone else makes the user's save fail with a conflict message, and nothing is overwritten.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    Escalations escalations;

    @Inject
    Goodwills goodwills;

    @Inject
    FacesMessages messages;

    @Inject
    Formats formats;

    @Inject
    ReviewQueue customerData;

    @Inject
    Attachments attachments;

    @Inject
    Surveys surveys;

    private String caseNumber;
    private long seenVersion;
    private transient Complaint complaint;
    private transient List<Complaint> otherCases;
    private transient List<User> owners;
    private transient List<Attachments.Listed> attachmentList;
    private transient Optional<SatisfactionSurvey> survey;
    private transient List<SourceRecord> customerRecords;
    private transient Integer complaintsIn12Months;
    private transient BigDecimal goodwillLimit;

    private LifecycleAction action;
    private String reason;
    private String agreedSolution;
    private RootCause rootCause;
    private Long ownerId;
    private Priority priority;
    private String stepDescription;
    private Long stepResponsibleId;
    private LocalDate stepDueDate;
    private Long finishingStepId;
    private long finishingStepVersion;
    private StepState finishingState = StepState.DONE;
    private String stepResult;
    private NoteKind noteKind = NoteKind.NOTE;
    private String noteText;
    private boolean conflict;
    private String escalationReason;
    private boolean addressedToBoard;
    private boolean legalThreat;
    private boolean publicThreat;
    private GoodwillKind goodwillKind = GoodwillKind.VOUCHER;
    private BigDecimal goodwillAmount;
    private String goodwillDescription;
    private Long decidingGoodwillId;
    private long decidingGoodwillVersion;
    private GoodwillDecision goodwillDecision;
    private String decisionReason;

    /** Loads the case named in the URL; another department's case looks like none at all. */
    public void open() {
        try {
            if (caseNumber == null || caseNumber.isBlank()) {
                throw new CaseNotFound("");
            }
            reload();
            complaints.recordView(complaint, AccessLog.Purpose.CASE_VIEW);
        } catch (CaseNotFound notFound) {
            answerNotFound();
        }
    }

    private static void answerNotFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public Complaint getComplaint() {
        if (complaint == null && caseNumber != null) {
            complaint = complaints.open(caseNumber);
        }
        return complaint;
    }

    /** What the departments' systems hold about this customer, the golden record's sources. */
    public List<SourceRecord> getCustomerRecords() {
        if (customerRecords == null) {
            customerRecords = getComplaint() == null ? List.of() : customerData.recordsOf(getComplaint().getCustomer());
        }
        return customerRecords;
    }

    /** Whether the "Trennen" buttons show: a manager or the admin, and a customer of more than one source record. */
    public boolean isMaySeparate() {
        return getCustomerRecords().size() > 1 && customerData.mayDecide();
    }

    /**
     * Separates one source record from the case's customer (unmerge): both become customers of
     * their own again and their complaints move back; the case shows where it now belongs.
     */
    public void separate(long sourceRecordId) {
        long customerId = getComplaint().getCustomer().getId();
        change(() -> customerData.unmerge(customerId, sourceRecordId), "customer.review.unmerged");
    }

    /** The files the customer sent with the case (e-mail intake). */
    public List<Attachments.Listed> getAttachments() {
        if (attachmentList == null) {
            attachmentList = attachments.of(getComplaint());
        }
        return attachmentList;
    }

    /** The satisfaction survey sent when the case closed, or null before. */
    public SatisfactionSurvey getSurvey() {
        if (survey == null) {
            survey = surveys.ofCase(getComplaint());
        }
        return survey.orElse(null);
    }

    public List<Complaint> getOtherCases() {
        if (otherCases == null) {
            otherCases = complaints.othersOfCustomer(getComplaint());
        }
        return otherCases;
    }

    /** The customer's complaints in the twelve months up to this one's receipt, this one included. */
    public int getComplaintsIn12Months() {
        if (complaintsIn12Months == null) {
            complaintsIn12Months = complaints.complaintsIn12Months(getComplaint());
        }
        return complaintsIn12Months;
    }

    public boolean isRepeatComplainant() {
        return RepeatComplaints.isRepeat(getComplaintsIn12Months());
    }

    public void saveSpecialCases() {
        change(() -> complaints.changeSpecialCases(caseNumber, seenVersion, addressedToBoard, legalThreat, publicThreat),
                "complaint.case.specialCasesChanged");
    }

    public GoodwillKind[] getGoodwillKinds() {
        return GoodwillKind.values();
    }

    /** What the signed-in user grants alone; above it a manager decides. */
    public BigDecimal getGoodwillLimit() {
        if (goodwillLimit == null) {
            goodwillLimit = goodwills.limitOfCurrentUser();
        }
        return goodwillLimit;
    }

    public void proposeGoodwill() {
        Goodwill[] proposed = new Goodwill[1];
        if (change(() -> proposed[0] = goodwills.propose(caseNumber,
                new GoodwillRequest(goodwillKind, goodwillAmount, goodwillDescription)), null)) {
            messages.info(proposed[0].isPending() ? "complaint.goodwill.proposedForApproval" : "complaint.goodwill.granted",
                    proposed[0].getAmount());
            goodwillKind = GoodwillKind.VOUCHER;
            goodwillAmount = null;
            goodwillDescription = null;
        }
    }

    /** Whether the approve and decline buttons show: a manager, a pending proposal, not their own. */
    public boolean mayDecide(Goodwill goodwill) {
        return goodwill.isPending() && goodwills.mayDecide()
                && !goodwill.getProposedBy().equalsIgnoreCase(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public boolean withinMyLimit(Goodwill goodwill) {
        return Goodwill.withinLimit(goodwill.getAmount(), getGoodwillLimit());
    }

    public void prepareDecision(long goodwillId, long goodwillVersion, GoodwillDecision decision) {
        decidingGoodwillId = goodwillId;
        decidingGoodwillVersion = goodwillVersion;
        goodwillDecision = decision;
        decisionReason = null;
    }

    public void decideGoodwill() {
        if (nothingChosen(decidingGoodwillId)) {
            return;
        }
        change(() -> goodwills.decide(caseNumber, decidingGoodwillId, decidingGoodwillVersion, goodwillDecision, decisionReason),
                goodwillDecision == GoodwillDecision.APPROVE ? "complaint.goodwill.approved" : "complaint.goodwill.declined");
    }

    /** Asked by several parts of the page: loaded once per view. */
    public List<User> getOwners() {
        if (owners == null) {
            owners = complaints.possibleOwners();
        }
        return owners;
    }

    public LocalDate getToday() {
        return complaints.today();
    }

    public void prepare(LifecycleAction chosen) {
        action = chosen;
        reason = null;
        agreedSolution = getComplaint().getAgreedSolution();
        rootCause = getComplaint().getRootCause();
    }

    public void applyAction() {
        if (nothingChosen(action)) {
            return;
        }
        change(() -> complaints.transition(caseNumber, seenVersion, action, reason, agreedSolution, rootCause),
                "complaint.case.actionDone", "complaint.action." + action.name());
    }

    public void assign() {
        change(() -> complaints.assign(caseNumber, seenVersion, ownerId), "complaint.case.assigned");
    }

    public void changePriority() {
        change(() -> complaints.changePriority(caseNumber, seenVersion, priority), "complaint.case.priorityChanged");
    }

    public void addStep() {
        change(() -> complaints.addStep(caseNumber, new StepRequest(stepDescription, stepResponsibleId, null, stepDueDate)),
                "complaint.case.stepAdded");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            stepDescription = null;
            stepResponsibleId = null;
            stepDueDate = null;
        }
    }

    public void prepareFinish(long stepId, long stepVersion, StepState state) {
        finishingStepId = stepId;
        finishingStepVersion = stepVersion;
        finishingState = state;
        stepResult = null;
    }

    public void finishStep() {
        if (nothingChosen(finishingStepId)) {
            return;
        }
        change(() -> complaints.finishStep(caseNumber, finishingStepId, finishingStepVersion, finishingState, stepResult),
                "complaint.case.stepFinished");
    }

    public void addNote() {
        change(() -> complaints.addNote(caseNumber, noteKind, noteText), "complaint.case.noteAdded");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            noteText = null;
            noteKind = NoteKind.NOTE;
        }
    }

    public void escalate() {
        change(() -> escalations.escalateByHand(caseNumber, seenVersion, escalationReason), "complaint.escalation.escalated");
        clearEscalationReasonUnlessFailed();
    }

    public void clearEscalation() {
        change(() -> escalations.clear(caseNumber, seenVersion, escalationReason), "complaint.escalation.cleared", caseNumber);
        clearEscalationReasonUnlessFailed();
    }

    public void commentToOwner() {
        change(() -> escalations.commentToOwner(caseNumber, escalationReason), "complaint.escalation.commented");
        clearEscalationReasonUnlessFailed();
    }

    private void clearEscalationReasonUnlessFailed() {
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            escalationReason = null;
        }
    }

    /** A manager gives the case the deadlines of the current deadline table; the server checks the role. */
    public void recalculateDeadlines() {
        Complaint seen = getComplaint();
        LocalDate acknowledgementBefore = seen.getAcknowledgementDue();
        LocalDate resolutionBefore = seen.getResolutionDue();
        Complaint[] recalculated = new Complaint[1];
        if (change(() -> recalculated[0] = complaints.recalculateDeadlines(caseNumber, seenVersion), null)) {
            boolean moved = !recalculated[0].getAcknowledgementDue().equals(acknowledgementBefore)
                    || !recalculated[0].getResolutionDue().equals(resolutionBefore);
            messages.info(moved ? "complaint.case.deadlinesRecalculated" : "complaint.case.deadlinesUnchanged");
        }
    }

    /** After a conflict: show what the other user saved, so the user can decide again. */
    public void reload() {
        complaint = null;
        otherCases = null;
        customerRecords = null;
        attachmentList = null;
        survey = null;
        complaintsIn12Months = null;
        goodwillLimit = null;
        conflict = false;
        Complaint current = getComplaint();
        seenVersion = current.getVersion();
        ownerId = current.getOwner() == null ? null : current.getOwner().getId();
        priority = current.getPriority();
        addressedToBoard = current.isAddressedToBoard();
        legalThreat = current.isLegalThreat();
        publicThreat = current.isPublicThreat();
    }

    /**
     * A dialog's confirm button posted without the button that opens the dialog for an action, a
     * step or a goodwill proposal: the browser never does that, a post made by hand does.
     */
    private boolean nothingChosen(Object chosen) {
        if (chosen != null) {
            return false;
        }
        messages.error("complaint.case.nothingChosen");
        FacesContext.getCurrentInstance().validationFailed();
        return true;
    }

    /** Runs a change and reloads the case; on a refusal says why and marks the request failed. */
    private boolean change(Runnable work, String successKey, Object... arguments) {
        try {
            work.run();
            reload();
            if (successKey != null) {
                messages.info(successKey, arguments);
            }
            return true;
        } catch (StaleCase | StaleGoodwill stale) {
            conflict = true;
            PrimeFaces.current().ajax().addCallbackParam("conflict", true);
            messages.error(stale instanceof StaleGoodwill ? "complaint.goodwill.conflict" : "complaint.case.conflict");
        } catch (NotPermitted notPermitted) {
            messages.error(notPermitted.getMessageKey());
        } catch (GoodwillNotFound gone) {
            conflict = true;
            messages.error("complaint.goodwill.notFound");
        } catch (LifecycleViolation refused) {
            messages.refused(refused);
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, null);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, null);
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        } catch (CaseNotFound notFound) {
            // A post naming another department's case: no such case for this user, as on opening it.
            answerNotFound();
            return false;
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    public boolean isAddressedToBoard() {
        return addressedToBoard;
    }

    public void setAddressedToBoard(boolean addressedToBoard) {
        this.addressedToBoard = addressedToBoard;
    }

    public boolean isLegalThreat() {
        return legalThreat;
    }

    public void setLegalThreat(boolean legalThreat) {
        this.legalThreat = legalThreat;
    }

    public boolean isPublicThreat() {
        return publicThreat;
    }

    public void setPublicThreat(boolean publicThreat) {
        this.publicThreat = publicThreat;
    }

    public GoodwillKind getGoodwillKind() {
        return goodwillKind;
    }

    public void setGoodwillKind(GoodwillKind goodwillKind) {
        this.goodwillKind = goodwillKind;
    }

    public BigDecimal getGoodwillAmount() {
        return goodwillAmount;
    }

    public void setGoodwillAmount(BigDecimal goodwillAmount) {
        this.goodwillAmount = goodwillAmount;
    }

    public String getGoodwillDescription() {
        return goodwillDescription;
    }

    public void setGoodwillDescription(String goodwillDescription) {
        this.goodwillDescription = goodwillDescription;
    }

    public GoodwillDecision getGoodwillDecision() {
        return goodwillDecision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    /** The history's field in the user's words: "Status", not "status". */
    public String historyField(HistoryEntry entry) {
        return entry.getField() == null ? "" : text("complaint.field." + entry.getField(), entry.getField());
    }

    /** States and priorities in the user's words, dates in German format; other values as recorded. */
    public String historyValue(String field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field == null ? "" : field) {
            case "status" -> text("complaint.status." + value, value);
            case "priority" -> text("complaint.priority." + value, value);
            case "rootCause" -> text("complaint.rootCause." + value, value);
            default -> formats.historyValue(value);
        };
    }

    private static String text(String key, String fallback) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "i18n");
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public LifecycleAction getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAgreedSolution() {
        return agreedSolution;
    }

    public void setAgreedSolution(String agreedSolution) {
        this.agreedSolution = agreedSolution;
    }

    public RootCause getRootCause() {
        return rootCause;
    }

    public void setRootCause(RootCause rootCause) {
        this.rootCause = rootCause;
    }

    public RootCause[] getRootCauses() {
        return RootCause.values();
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getStepDescription() {
        return stepDescription;
    }

    public void setStepDescription(String stepDescription) {
        this.stepDescription = stepDescription;
    }

    public Long getStepResponsibleId() {
        return stepResponsibleId;
    }

    public void setStepResponsibleId(Long stepResponsibleId) {
        this.stepResponsibleId = stepResponsibleId;
    }

    public LocalDate getStepDueDate() {
        return stepDueDate;
    }

    public void setStepDueDate(LocalDate stepDueDate) {
        this.stepDueDate = stepDueDate;
    }

    public StepState getFinishingState() {
        return finishingState;
    }

    public String getStepResult() {
        return stepResult;
    }

    public void setStepResult(String stepResult) {
        this.stepResult = stepResult;
    }

    public NoteKind getNoteKind() {
        return noteKind;
    }

    public void setNoteKind(NoteKind noteKind) {
        this.noteKind = noteKind;
    }

    /** What a handler records on the timeline; a manager's comment has its own button. */
    public List<NoteKind> getNoteKinds() {
        return java.util.Arrays.stream(NoteKind.values()).filter(k -> k != NoteKind.MANAGER_COMMENT).toList();
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public void setEscalationReason(String escalationReason) {
        this.escalationReason = escalationReason;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
