package de.kundenstimme.presentation.intake;

import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.intake.boundary.WebForm;
import de.kundenstimme.intake.boundary.WebFormSubmission;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The public complaint form (no login) and the hand-over of the case number to the acknowledgement page. */
@Named
@ViewScoped
public class WebFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "webForm";
    static final String CASE_NUMBER = "caseNumber";

    @Inject
    WebForm webForm;

    @Inject
    FacesMessages messages;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String topic;
    private String subject;
    private String message;
    private String desiredOutcome;
    private boolean consent;
    private String website;
    private transient List<SelectItem> topics;

    public List<SelectItem> getTopics() {
        if (topics == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            topics = webForm.topics().stream()
                    .map(category -> new SelectItem(category.getCode(), category.path(locale)))
                    .sorted(Comparator.comparing(SelectItem::getLabel))
                    .toList();
        }
        return topics;
    }

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        try {
            Complaint complaint = webForm.submit(new WebFormSubmission(firstName, lastName, email, phone, topic, subject,
                    message, desiredOutcome, consent, website), address, faces.getViewRoot().getLocale());
            external.getFlash().put(CASE_NUMBER, complaint.getCaseNumber());
            return "/public/complaint-received?faces-redirect=true";
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        faces.validationFailed();
        return null;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getDesiredOutcome() {
        return desiredOutcome;
    }

    public void setDesiredOutcome(String desiredOutcome) {
        this.desiredOutcome = desiredOutcome;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
