package de.kundenstimme.presentation.correspondence;

import de.kundenstimme.complaint.boundary.CaseNotFound;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.correspondence.boundary.Letters;
import de.kundenstimme.correspondence.control.LetterContent;
import de.kundenstimme.correspondence.entity.Letter;
import de.kundenstimme.correspondence.entity.LetterType;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The letters of one case and a new draft from a template. */
@Named
@ViewScoped
public class CaseLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Letters letters;

    @Inject
    Complaints complaints;

    @Inject
    FacesMessages messages;

    private String caseNumber;
    private LetterType letterType = LetterType.ACKNOWLEDGEMENT;
    private String language = "de";
    private transient Complaint complaint;
    private transient List<Letter> caseLetters;

    /** Another department's case looks like none at all. */
    public void open() throws IOException {
        try {
            if (caseNumber == null || caseNumber.isBlank()) {
                throw new CaseNotFound("");
            }
            getComplaint();
        } catch (CaseNotFound notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Complaint getComplaint() {
        if (complaint == null) {
            complaint = complaints.find(caseNumber);
        }
        return complaint;
    }

    public List<Letter> getLetters() {
        if (caseLetters == null) {
            caseLetters = letters.ofCase(caseNumber);
        }
        return caseLetters;
    }

    /** Creates the draft and opens it in the editor. */
    public String draft() {
        try {
            Letter letter = letters.draft(caseNumber, letterType, language);
            messages.info("correspondence.letters.drafted");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/correspondence/letter?faces-redirect=true&id=" + letter.getId();
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, null);
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, null);
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public LetterType[] getLetterTypes() {
        return LetterType.values();
    }

    public List<String> getLanguages() {
        return LetterContent.LANGUAGES;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public LetterType getLetterType() {
        return letterType;
    }

    public void setLetterType(LetterType letterType) {
        this.letterType = letterType;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
