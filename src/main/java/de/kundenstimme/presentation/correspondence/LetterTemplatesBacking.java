package de.kundenstimme.presentation.correspondence;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.correspondence.boundary.LetterTemplates;
import de.kundenstimme.correspondence.boundary.UnknownPlaceholders;
import de.kundenstimme.correspondence.control.LetterContent;
import de.kundenstimme.correspondence.control.Letterhead;
import de.kundenstimme.correspondence.control.Placeholders;
import de.kundenstimme.correspondence.entity.Gift;
import de.kundenstimme.correspondence.entity.LetterTemplate;
import de.kundenstimme.correspondence.entity.LetterType;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The admin's template editor: pick type and language, edit subject and text with placeholders,
 * see the letter filled with a sample case while typing, save; plus the letterhead and the gift catalogue.
 */
@Named
@ViewScoped
public class LetterTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterTemplates templates;

    @Inject
    FacesMessages messages;

    private LetterType letterType = LetterType.ACKNOWLEDGEMENT;
    private String language = "de";
    private String subject;
    private String body;
    private String company;
    private String street;
    private String city;
    private String phone;
    private String email;
    private String signature;
    private String giftName;
    private BigDecimal giftValue;
    private transient List<Gift> gifts;

    public void open() throws IOException {
        try {
            load();
            Letterhead head = templates.letterhead();
            company = head.company();
            street = head.street();
            city = head.city();
            phone = head.phone();
            email = head.email();
            signature = head.signature();
        } catch (AccessDenied denied) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Shows the saved template of the chosen type and language. */
    public void load() {
        LetterTemplate template = templates.all().stream()
                .filter(t -> t.getLetterType() == letterType && t.getLanguage().equals(language))
                .findFirst().orElse(null);
        subject = template == null ? "" : template.getSubject();
        body = template == null ? "" : template.getBody();
    }

    public String getPreviewHtml() {
        return templates.previewHtml(language, body);
    }

    public String getUnknownPlaceholders() {
        Set<String> unknown = LetterTemplates.unknownPlaceholders(subject, body);
        return unknown.isEmpty() ? "" : String.join(", ", unknown.stream().map(n -> "{{" + n + "}}").toList());
    }

    public void save() {
        try {
            templates.save(letterType, language, subject, body);
            load();
            messages.info("correspondence.templates.saved");
            return;
        } catch (UnknownPlaceholders unknown) {
            messages.error("correspondence.template.unknownPlaceholders", unknown.getNames());
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, "template");
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, "template");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The current text as PDF in a new response, so the admin sees the real layout before saving. */
    public void previewPdf() throws IOException {
        if (letterType == null) {
            messages.error("correspondence.template.type.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        byte[] pdf = templates.preview(language, subject, body);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", "inline; filename=\"preview-" + letterType.name().toLowerCase() + ".pdf\"");
        external.setResponseContentLength(pdf.length);
        external.getResponseOutputStream().write(pdf);
        faces.responseComplete();
    }

    public void saveLetterhead() {
        try {
            templates.saveLetterhead(new Letterhead(company, street, city, phone, email, signature));
            messages.info("correspondence.templates.letterheadSaved");
            return;
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, null);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public List<Gift> getGifts() {
        if (gifts == null) {
            gifts = templates.gifts();
        }
        return gifts;
    }

    public void addGift() {
        try {
            templates.addGift(giftName, giftValue);
            gifts = null;
            giftName = null;
            giftValue = null;
            messages.info("correspondence.templates.giftAdded");
            return;
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, "gifts");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void retireGift(long giftId) {
        templates.retireGift(giftId);
        gifts = null;
        messages.info("correspondence.templates.giftRetired");
    }

    public LetterType[] getLetterTypes() {
        return LetterType.values();
    }

    public List<String> getLanguages() {
        return LetterContent.LANGUAGES;
    }

    public List<String> getPlaceholders() {
        return Placeholders.NAMES;
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

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getGiftName() {
        return giftName;
    }

    public void setGiftName(String giftName) {
        this.giftName = giftName;
    }

    public BigDecimal getGiftValue() {
        return giftValue;
    }

    public void setGiftValue(BigDecimal giftValue) {
        this.giftValue = giftValue;
    }
}
