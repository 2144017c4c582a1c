package de.kundenstimme.presentation.administration;

import de.kundenstimme.administration.boundary.AbsenceDraft;
import de.kundenstimme.administration.boundary.AbsenceRegister;
import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.entity.Absence;
import de.kundenstimme.administration.entity.AbsenceKind;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Absences and deputies: managers for their department, admins for everyone. */
@Named
@ViewScoped
public class AbsencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "absenceForm";

    @Inject
    AbsenceRegister register;

    @Inject
    FacesMessages messages;

    private transient List<Absence> absences;
    private transient List<User> caseWorkers;
    private transient List<User> deputies;
    private Long userId;
    private AbsenceKind kind = AbsenceKind.HOLIDAY;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long deputyId;

    public List<Absence> getAbsences() {
        if (absences == null) {
            absences = register.currentAndPlanned();
        }
        return absences;
    }

    public List<User> getCaseWorkers() {
        if (caseWorkers == null) {
            caseWorkers = register.caseWorkers();
        }
        return caseWorkers;
    }

    public List<User> getDeputies() {
        if (deputies == null) {
            deputies = userId == null ? List.of() : register.possibleDeputies(userId);
        }
        return deputies;
    }

    /** After choosing who is away: only colleagues of their department can stand in. */
    public void userChanged() {
        deputies = null;
        if (deputyId != null && getDeputies().stream().noneMatch(u -> u.getId().equals(deputyId))) {
            deputyId = null;
        }
    }

    public LocalDate getToday() {
        return register.today();
    }

    public void enter() {
        try {
            Absence absence = register.enter(new AbsenceDraft(userId, kind, startsOn, endsOn, deputyId));
            messages.info("administration.absence.entered", absence.getUser().getFullName(),
                    absence.getDeputy().getFullName());
            absences = null;
            userId = null;
            kind = AbsenceKind.HOLIDAY;
            startsOn = null;
            endsOn = null;
            deputyId = null;
            deputies = null;
            return;
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void cancel(long absenceId) {
        try {
            register.cancel(absenceId);
            messages.info("administration.absence.cancelled");
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
        absences = null;
    }

    public AbsenceKind[] getKinds() {
        return AbsenceKind.values();
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public void setKind(AbsenceKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }
}
