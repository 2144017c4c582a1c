package de.kundenstimme.presentation.privacy;

import de.kundenstimme.customer.boundary.Customers;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.presentation.FacesMessages;
import de.kundenstimme.privacy.boundary.CustomerPrivacy;
import de.kundenstimme.privacy.control.Anonymisation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.List;

/**
 * Verwaltung › Datenschutz: the admin finds a customer, downloads the export (JSON, PDF) and
 * anonymises the customer after confirming with a reason.
 */
@Named
@ViewScoped
public class PrivacyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Customers customers;

    @Inject
    CustomerPrivacy privacy;

    @Inject
    FacesMessages messages;

    private String query;
    private String reason;
    private Long selectedId;
    private transient List<Customer> found;

    public void search() {
        selectedId = null;
        found = customers.search(query);
    }

    /** Asks for the confirmation and the reason before anything is erased. */
    public void select(long customerId) {
        selectedId = customerId;
        reason = null;
    }

    public void cancel() {
        selectedId = null;
        reason = null;
    }

    public void anonymise() {
        if (selectedId == null) {
            return;
        }
        try {
            Anonymisation.Outcome outcome = privacy.anonymise(selectedId, reason);
            if (outcome.changedAnything()) {
                messages.info("privacy.page.anonymised", outcome.complaints(), outcome.letters());
            } else {
                messages.info("privacy.page.alreadyAnonymised");
            }
            selectedId = null;
            reason = null;
            found = null;
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, "privacy");
        }
    }

    public List<Customer> getFound() {
        if (found == null) {
            found = customers.search(query);
        }
        return found;
    }

    public Customer getSelected() {
        return selectedId == null ? null : customers.find(selectedId);
    }

    public boolean isSearched() {
        return query != null && !query.isBlank();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
