package de.kundenstimme.presentation.intake;

import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.intake.boundary.ConversionRequest;
import de.kundenstimme.intake.boundary.Mentions;
import de.kundenstimme.intake.control.ResponseTimes;
import de.kundenstimme.intake.entity.Mention;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/** The triage queue of online mentions: pick one, turn it into a complaint or dismiss it with a reason. */
@Named
@ViewScoped
public class MentionQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "decision";
    static final int FIGURE_DAYS = 30;

    @Inject
    Mentions mentions;

    @Inject
    FacesMessages messages;

    private transient List<Mention> queue;
    private transient ResponseTimes responseTimes;
    private Long selectedId;
    private long selectedVersion;
    private String categoryCode;
    private Priority priority = Priority.NORMAL;
    private String subject;
    private String lastName;
    private String email;
    private String phone;
    private String publicReply;
    private String reason;

    public List<Mention> getQueue() {
        if (queue == null) {
            queue = mentions.queue();
        }
        return queue;
    }

    public ResponseTimes getResponseTimes() {
        if (responseTimes == null) {
            responseTimes = mentions.firstResponseTimes(FIGURE_DAYS);
        }
        return responseTimes;
    }

    public int getFigureDays() {
        return FIGURE_DAYS;
    }

    /** "3 h 05 min" or "2 d 4 h": the first-response figures in the unit a team lead thinks in. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long minutes = duration.toMinutes();
        if (minutes < 60 * 24) {
            return String.format("%d h %02d min", minutes / 60, minutes % 60);
        }
        return String.format("%d d %d h", minutes / (60 * 24), minutes / 60 % 24);
    }

    public void select(Mention mention) {
        selectedId = mention.getId();
        selectedVersion = mention.getVersion();
        String text = mention.getText().strip();
        subject = text.length() <= 80 ? text : text.substring(0, 80) + " …";
        lastName = mention.getAuthor().replaceFirst("^@", "");
        categoryCode = null;
        priority = Priority.NORMAL;
        email = null;
        phone = null;
        publicReply = null;
        reason = null;
    }

    public Mention getSelected() {
        return selectedId == null ? null : getQueue().stream().filter(m -> m.getId().equals(selectedId)).findFirst().orElse(null);
    }

    public String convert() {
        try {
            Complaint complaint = mentions.convert(selectedId, selectedVersion,
                    new ConversionRequest(categoryCode, priority, subject, lastName, email, phone, publicReply));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("intake.mention.converted", complaint.getCaseNumber());
            return "/intake/mentions?faces-redirect=true";
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public String dismiss() {
        try {
            mentions.dismiss(selectedId, selectedVersion, reason);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("intake.mention.dismissed");
            return "/intake/mentions?faces-redirect=true";
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
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

    public String getPublicReply() {
        return publicReply;
    }

    public void setPublicReply(String publicReply) {
        this.publicReply = publicReply;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
