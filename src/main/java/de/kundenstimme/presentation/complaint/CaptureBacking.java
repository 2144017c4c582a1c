package de.kundenstimme.presentation.complaint;

import de.kundenstimme.complaint.boundary.CaptureRequest;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.boundary.CustomerReference;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.complaint.entity.SocialNetwork;
import de.kundenstimme.customer.boundary.Customers;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The capture screen: one form, keyboard only, under a minute on the phone. */
@Named
@ViewScoped
public class CaptureBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "capture";

    @Inject
    Complaints complaints;

    @Inject
    Customers customers;

    @Inject
    FacesMessages messages;

    private Channel channel = Channel.PHONE;
    private SocialNetwork socialNetwork;
    private LocalDateTime receivedAt = LocalDateTime.now(BusinessTime.ZONE).withSecond(0).withNano(0);
    private Customer customer;
    private boolean newCustomer;
    private String salutation;
    private String firstName;
    private String lastName;
    private String company;
    private String email;
    private String phone;
    private String street;
    private String postalCode;
    private String city;
    private String categoryCode;
    private String productCode;
    private Priority priority = Priority.NORMAL;
    private String subject;
    private String verbatim;
    private String desiredOutcome;
    private boolean addressedToBoard;
    private boolean legalThreat;
    private boolean publicThreat;
    private transient List<Complaint> openCases;

    public List<Customer> completeCustomer(String text) {
        return customers.search(text);
    }

    /** The warning before saving: this customer already has open cases. */
    public List<Complaint> getOpenCases() {
        if (openCases == null) {
            openCases = customer == null || newCustomer ? List.of() : complaints.openCasesOf(customer.getId());
        }
        return openCases;
    }

    public void customerChanged() {
        openCases = null;
    }

    public String save() {
        CustomerReference reference = newCustomer || customer == null
                ? new CustomerReference(null, salutation, firstName, lastName, company, email, phone, street, postalCode, city)
                : CustomerReference.existing(customer.getId());
        CaptureRequest request = new CaptureRequest(channel, socialNetwork,
                receivedAt == null ? null : receivedAt.atZone(BusinessTime.ZONE).toInstant(), reference, categoryCode,
                productCode, priority, subject, verbatim, desiredOutcome, addressedToBoard, legalThreat, publicThreat);
        try {
            Complaint complaint = complaints.capture(request);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            if (!complaints.isVisible(complaint)) {
                // Routed to another department: the handler cannot open it, but must be able to tell the number.
                messages.info("complaint.capture.forwarded", complaint.getCaseNumber(), complaint.getDepartment().getName());
                return "/complaint/capture?faces-redirect=true";
            }
            messages.info("complaint.capture.saved", complaint.getCaseNumber());
            return "/complaint/case?faces-redirect=true&caseNumber=" + complaint.getCaseNumber();
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public boolean isSocialMedia() {
        return channel != null && channel.hasNetwork();
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public SocialNetwork getSocialNetwork() {
        return socialNetwork;
    }

    public void setSocialNetwork(SocialNetwork socialNetwork) {
        this.socialNetwork = socialNetwork;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public boolean isNewCustomer() {
        return newCustomer;
    }

    public void setNewCustomer(boolean newCustomer) {
        this.newCustomer = newCustomer;
    }

    public String getSalutation() {
        return salutation;
    }

    public void setSalutation(String salutation) {
        this.salutation = salutation;
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

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
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

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
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

    public String getVerbatim() {
        return verbatim;
    }

    public void setVerbatim(String verbatim) {
        this.verbatim = verbatim;
    }

    public String getDesiredOutcome() {
        return desiredOutcome;
    }

    public void setDesiredOutcome(String desiredOutcome) {
        this.desiredOutcome = desiredOutcome;
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
}
