package de.kundenstimme.complaint.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.Absences;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Product;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.control.CaseNumbers;
import de.kundenstimme.complaint.control.ComplaintFilter;
import de.kundenstimme.complaint.control.ComplaintRouter;
import de.kundenstimme.complaint.control.ComplaintSearch;
import de.kundenstimme.complaint.control.ComplaintSort;
import de.kundenstimme.complaint.control.DeadlinePolicy;
import de.kundenstimme.complaint.control.RepeatComplaints;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.ComplaintNote;
import de.kundenstimme.complaint.entity.Deadlines;
import de.kundenstimme.complaint.entity.Intake;
import de.kundenstimme.complaint.entity.LifecycleAction;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.complaint.entity.ResolutionStep;
import de.kundenstimme.complaint.entity.RootCause;
import de.kundenstimme.complaint.entity.SpecialCase;
import de.kundenstimme.complaint.entity.StepState;
import de.kundenstimme.customer.boundary.CustomerCapture;
import de.kundenstimme.customer.boundary.Customers;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.privacy.control.AccessLog;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Capturing and working cases. Every call checks that the case belongs to the caller's
 * department and, for changes, that nobody changed it since the caller loaded it.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Complaints {

    /** Clocks of phones and mail servers differ a little from ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Nothing older can be a complaint still to work; it is a typing error. */
    private static final Instant EARLIEST_RECEIPT = Instant.parse("2000-01-01T00:00:00Z");
    /** A step planned further ahead than this is a typing error. */
    private static final int MAX_STEP_YEARS_AHEAD = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    @Inject
    AccessLog accessLog;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    DeadlinePolicy deadlinePolicy;

    @Inject
    ComplaintRouter router;

    @Inject
    ComplaintSearch search;

    @Inject
    Customers customers;

    @Inject
    CustomerCapture customerCapture;

    @Inject
    Absences absences;

    @Inject
    RepeatComplaints repeatComplaints;

    @Inject
    Event<CaseClosed> closed;

    public Complaint capture(@NotNull @Valid CaptureRequest request) {
        return captureBy(request, currentUser.username());
    }

    /**
     * A complaint that came in through a public channel (web form, mailbox) with nobody signed in:
     * the actor names the channel in the case's history.
     */
    public Complaint captureBy(@NotNull @Valid CaptureRequest request, @NotBlank String actor) {
        if (request.customer().customerId() == null) {
            customerCapture.takeTurn();
        }
        Instant now = time.now();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> problems = new LinkedHashMap<>();
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.put("receivedAt", "complaint.receivedAt.future");
        } else if (receivedAt.isBefore(EARLIEST_RECEIPT)) {
            problems.put("receivedAt", "complaint.receivedAt.tooOld");
        }
        if (request.channel().hasNetwork() && request.socialNetwork() == null) {
            problems.put("socialNetwork", "complaint.socialNetwork.required");
        }
        Category category = findCategory(request.categoryCode());
        if (category == null) {
            problems.put("categoryCode", "complaint.category.unknown");
        }
        Product product = request.productCode() == null || request.productCode().isBlank() ? null : findProduct(request.productCode());
        if (product == null && request.productCode() != null && !request.productCode().isBlank()) {
            problems.put("productCode", "complaint.product.unknown");
        }
        Customer customer = resolveCustomer(request.customer(), problems, now, actor);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Intake intake = new Intake(request.channel(), request.socialNetwork(), receivedAt, request.priority(),
                request.subject().strip(), request.verbatim(), blankToNull(request.desiredOutcome()));
        User owner = router.ownerFor(category);
        Deadlines deadlines = deadlinePolicy.forNewCase(receivedAt, request.priority());
        // The number last: its row lock serialises all captures until this transaction commits.
        String caseNumber = caseNumbers.next(BusinessTime.dateOf(receivedAt).getYear());
        Complaint complaint = new Complaint(intake, customer, category, product, owner, deadlines, caseNumber, actor, now);
        complaint.flag(SpecialCase.ADDRESSED_TO_BOARD, Boolean.TRUE.equals(request.addressedToBoard()), actor, now);
        complaint.flag(SpecialCase.LEGAL_THREAT, Boolean.TRUE.equals(request.legalThreat()), actor, now);
        complaint.flag(SpecialCase.PUBLIC_THREAT, Boolean.TRUE.equals(request.publicThreat()), actor, now);
        em.persist(complaint);
        return complaint;
    }

    private Customer resolveCustomer(CustomerReference reference, Map<String, String> problems, Instant now, String actor) {
        if (reference.customerId() != null) {
            Customer existing = customers.find(reference.customerId());
            if (existing == null) {
                problems.put("customer.customerId", "complaint.customer.unknown");
            }
            return existing;
        }
        ContactData contact = reference.contact();
        if (!contact.hasName()) {
            problems.put("customer.lastName", "complaint.customer.nameRequired");
        }
        if (!contact.hasContact()) {
            problems.put("customer.email", "complaint.customer.contactRequired");
        }
        return problems.isEmpty() ? customerCapture.capture(contact, now, actor) : null;
    }

    /** The case if the caller may see it; otherwise "not found", also for another department's case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint find(@NotBlank String caseNumber) {
        Complaint complaint = em.createNamedQuery(Complaint.BY_CASE_NUMBER, Complaint.class)
                .setParameter("caseNumber", caseNumber)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CaseNotFound(caseNumber));
        if (!isVisible(complaint)) {
            throw new CaseNotFound(caseNumber);
        }
        return complaint;
    }

    /** Handlers and managers see the cases of their own department, nobody else any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isVisible(Complaint complaint) {
        User viewer = currentUser.user();
        return currentUser.worksCases() && viewer.getDepartment() != null
                && Objects.equals(viewer.getDepartment().getId(), complaint.getDepartment().getId());
    }

    /** The case with its steps, notes, goodwill and history loaded, for a screen or a response to show. */
    public Complaint open(@NotBlank String caseNumber) {
        Complaint complaint = find(caseNumber);
        complaint.getSteps().size();
        complaint.getNotes().size();
        complaint.getHistory().size();
        complaint.getEscalations().size();
        complaint.getGoodwill().size();
        return complaint;
    }

    /** Puts on record that the signed-in user now sees the case's customer (DSGVO access log). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void recordView(Complaint complaint, AccessLog.Purpose purpose) {
        accessLog.viewed(complaint.getCustomer().getId(), currentUser.username(), purpose, time.now());
    }

    public Complaint transition(@NotBlank String caseNumber, long expectedVersion, @NotNull LifecycleAction action,
                                @Size(max = 5000, message = "{complaint.reason.size}") String reason,
                                @Size(max = 5000, message = "{complaint.agreedSolution.size}") String agreedSolution) {
        return transition(caseNumber, expectedVersion, action, reason, agreedSolution, null);
    }

    /** A transition; resolving records the root cause with the agreed solution (other actions ignore it). */
    public Complaint transition(@NotBlank String caseNumber, long expectedVersion, @NotNull LifecycleAction action,
                                @Size(max = 5000, message = "{complaint.reason.size}") String reason,
                                @Size(max = 5000, message = "{complaint.agreedSolution.size}") String agreedSolution,
                                RootCause rootCause) {
        Complaint complaint = findCurrent(caseNumber, expectedVersion);
        if (action == LifecycleAction.RESUME && complaint.getWaitingSince() != null) {
            LocalDate waitingSince = BusinessTime.dateOf(complaint.getWaitingSince());
            LocalDate today = time.today();
            complaint.extendResolutionDeadline(deadlinePolicy.afterWaiting(complaint.getResolutionDue(), waitingSince, today),
                    deadlinePolicy.businessDaysBetween(waitingSince, today), currentUser.username(), time.now());
        }
        if (action == LifecycleAction.RESOLVE) {
            complaint.resolve(agreedSolution, rootCause, currentUser.username(), time.now());
        } else {
            complaint.apply(action, reason, agreedSolution, currentUser.username(), time.now());
        }
        if (action == LifecycleAction.CLOSE) {
            closed.fire(new CaseClosed(complaint));
        }
        return flushed(complaint);
    }

    public Complaint assign(@NotBlank String caseNumber, long expectedVersion, @NotNull Long ownerId) {
        Complaint complaint = findCurrent(caseNumber, expectedVersion);
        User owner = em.find(User.class, ownerId);
        if (owner == null || !owner.isActive()) {
            throw new InvalidInput("ownerId", "complaint.owner.unknown");
        }
        complaint.assignTo(owner, currentUser.username(), time.now());
        return flushed(complaint);
    }

    public Complaint changePriority(@NotBlank String caseNumber, long expectedVersion, @NotNull Priority priority) {
        Complaint complaint = findCurrent(caseNumber, expectedVersion);
        complaint.changePriority(priority, currentUser.username(), time.now());
        return flushed(complaint);
    }

    /**
     * A manager gives a running case the deadlines of today's deadline table and holiday region,
     * counted from its receipt with its current priority and moved by the time it waited for the
     * customer; the history keeps the old dates.
     */
    public Complaint recalculateDeadlines(@NotBlank String caseNumber, long expectedVersion) {
        if (!currentUser.is(Role.MANAGER)) {
            throw new AccessDenied("complaint.deadlines.managersOnly");
        }
        Complaint complaint = findCurrent(caseNumber, expectedVersion);
        complaint.recalculateDeadlines(deadlinePolicy.forRunningCase(complaint.getReceivedAt(), complaint.getPriority(),
                complaint.getPausedBusinessDays()), currentUser.username(), time.now());
        return flushed(complaint);
    }

    /** Sets or clears the special-case flags; null leaves a flag as it is. Each change is history. */
    public Complaint changeSpecialCases(@NotBlank String caseNumber, long expectedVersion, Boolean addressedToBoard,
                                        Boolean legalThreat, Boolean publicThreat) {
        Complaint complaint = findCurrent(caseNumber, expectedVersion);
        Instant now = time.now();
        String actor = currentUser.username();
        if (addressedToBoard != null) {
            complaint.flag(SpecialCase.ADDRESSED_TO_BOARD, addressedToBoard, actor, now);
        }
        if (legalThreat != null) {
            complaint.flag(SpecialCase.LEGAL_THREAT, legalThreat, actor, now);
        }
        if (publicThreat != null) {
            complaint.flag(SpecialCase.PUBLIC_THREAT, publicThreat, actor, now);
        }
        return flushed(complaint);
    }

    public ResolutionStep addStep(@NotBlank String caseNumber, @NotNull @Valid StepRequest request) {
        Complaint complaint = find(caseNumber);
        User responsible = request.responsibleUserId() == null ? null : em.find(User.class, request.responsibleUserId());
        if (request.responsibleUserId() != null && responsible == null) {
            throw new InvalidInput("responsibleUserId", "complaint.step.responsibleUnknown");
        }
        Department department = request.responsibleDepartmentId() == null ? null
                : em.find(Department.class, request.responsibleDepartmentId());
        if (request.responsibleDepartmentId() != null && department == null) {
            throw new InvalidInput("responsibleDepartmentId", "complaint.step.departmentUnknown");
        }
        if (request.dueDate() != null && request.dueDate().isBefore(time.today())) {
            throw new InvalidInput("dueDate", "complaint.step.dueInPast");
        }
        if (request.dueDate() != null && request.dueDate().isAfter(time.today().plusYears(MAX_STEP_YEARS_AHEAD))) {
            throw new InvalidInput("dueDate", "complaint.step.dueTooFar");
        }
        ResolutionStep step = complaint.addStep(request.description().strip(), responsible, department,
                request.dueDate(), currentUser.username(), time.now());
        em.flush();
        return step;
    }

    public ResolutionStep finishStep(@NotBlank String caseNumber, long stepId, long expectedStepVersion,
                                     @NotNull StepState state,
                                     @Size(max = 5000, message = "{complaint.step.result.size}") String result) {
        Complaint complaint = find(caseNumber);
        ResolutionStep step = complaint.getSteps().stream()
                .filter(s -> s.getId() == stepId)
                .findFirst()
                .orElseThrow(() -> new InvalidInput("stepId", "complaint.step.unknown"));
        if (step.getVersion() != expectedStepVersion) {
            throw new StaleCase(caseNumber, complaint.getVersion());
        }
        complaint.finishStep(step, state, blankToNull(result), currentUser.username(), time.now());
        em.flush();
        return step;
    }

    public ComplaintNote addNote(@NotBlank String caseNumber, @NotNull NoteKind kind,
                                 @NotBlank(message = "{complaint.note.required}")
                                 @Size(max = 10000, message = "{complaint.note.size}") String text) {
        Complaint complaint = find(caseNumber);
        ComplaintNote note = complaint.addNote(kind, text.strip(), currentUser.username(), time.now());
        em.flush();
        return note;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> list(@NotNull ComplaintFilter filter, @NotNull ComplaintSort sort, boolean ascending,
                                int offset, int size) {
        return search.page(currentUser.user(), filter, sort, ascending, offset, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> listAfter(@NotNull ComplaintFilter filter, ComplaintSearch.Cursor cursor, int size) {
        return search.after(currentUser.user(), filter, cursor, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(@NotNull ComplaintFilter filter) {
        return search.count(currentUser.user(), filter);
    }

    /** The number of cases in the list, counted up to limit + 1 only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countUpTo(@NotNull ComplaintFilter filter, int limit) {
        return search.countUpTo(currentUser.user(), filter, limit);
    }

    /** The customer's complaints in the twelve months up to this case's receipt, this one included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int complaintsIn12Months(Complaint complaint) {
        return repeatComplaints.countFor(complaint);
    }

    /** The same for a page of the list, in one query; case id to count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Integer> complaintsIn12Months(List<Complaint> page) {
        return repeatComplaints.countsOf(page);
    }

    /** The customer's other cases, newest first, for the case screen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> othersOfCustomer(Complaint complaint) {
        return em.createNamedQuery(Complaint.OTHERS_OF_CUSTOMER, Complaint.class)
                .setParameter("customerId", complaint.getCustomer().getId())
                .setParameter("excludedId", complaint.getId())
                .getResultList();
    }

    /** The warning on capture: this customer already has open cases. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> openCasesOf(long customerId) {
        return em.createNamedQuery(Complaint.OPEN_OF_CUSTOMER, Complaint.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> possibleOwners() {
        return em.createNamedQuery(User.HANDLERS_OF_DEPARTMENT, User.class)
                .setParameter("department", currentUser.user().getDepartment())
                .getResultList();
    }

    /** The absent colleagues the caller stands in for today; their open cases are part of "my cases". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> representedColleagues() {
        Set<Long> ids = absences.on(time.today()).representedBy(currentUser.user());
        return ids.isEmpty() ? List.of() : em.createQuery("select u from User u where u.id in :ids order by u.fullName", User.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return time.today();
    }

    /** The case for a change: visible to the caller and still in the version the caller saw. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint findForChange(String caseNumber, long expectedVersion) {
        return findCurrent(caseNumber, expectedVersion);
    }

    /**
     * Locks the case row first, so concurrent changes queue up instead of deadlocking, and the
     * later one finds the version moved on.
     */
    private Complaint findCurrent(String caseNumber, long expectedVersion) {
        Complaint complaint = find(caseNumber);
        if (complaint.getVersion() != expectedVersion) {
            throw new StaleCase(caseNumber, complaint.getVersion());
        }
        em.refresh(complaint, LockModeType.PESSIMISTIC_WRITE);
        if (complaint.getVersion() != expectedVersion) {
            throw new StaleCase(caseNumber, complaint.getVersion());
        }
        return complaint;
    }

    /** Writes now, so a concurrent change surfaces as a stale case here and not at commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint flushed(Complaint complaint) {
        try {
            em.flush();
            return complaint;
        } catch (OptimisticLockException e) {
            throw new StaleCase(complaint.getCaseNumber(), complaint.getVersion());
        }
    }

    private Category findCategory(String code) {
        return em.createNamedQuery(Category.BY_CODE, Category.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private Product findProduct(String code) {
        return em.createNamedQuery(Product.BY_CODE, Product.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
