package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.control.CustomerLinking;
import de.kundenstimme.customer.control.RowMapping;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.customer.entity.SourceRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer a handler captures by hand is a record of the built-in source "Erfassung" like any
 * department's record: linked at once, so a customer the departments already know becomes the
 * known (merged) customer instead of a stranger with the same name.
 */
@ApplicationScoped
public class CustomerCapture {

    @PersistenceContext
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    CustomerLinking linking;

    /** Creates the customer with its capture record, links it, and returns the customer it now is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Customer capture(ContactData contact, Instant now, String actor) {
        CustomerSource source = captureSource();
        Customer captured = customers.create(contact, now);
        RowMapping.MappedRow row = new RowMapping(CustomerPush.FIELD_NAMES, source.getNameLayout(), source.getStreetLayout())
                .map(fieldsOf(captured.getCustomerNumber(), contact));
        if (row.isRejected()) {
            // the capture's own validation lets nothing through that a record cannot hold; stay unlinked if it did
            return captured;
        }
        SourceRecord record = new SourceRecord(source, row.sourceKey(), row.fields(), now);
        record.setCustomer(captured);
        em.persist(record);
        linking.relinkAround(List.of(record), actor);
        Customer root = captured;
        while (root.getMergedInto() != null) {
            root = root.getMergedInto();
        }
        return root;
    }

    /**
     * One capture of a new customer links at a time: captures of look-alike customers relink each
     * other's customers, and in parallel they locked those rows in different orders (deadlocks).
     * Called first in the capture's transaction, before any plain read, so that the transaction's
     * snapshot is taken after the previous capture committed and its customers are read current.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurn() {
        captureSource();
    }

    private CustomerSource captureSource() {
        return em.createQuery("select s from CustomerSource s where s.kind = :kind", CustomerSource.class)
                .setParameter("kind", SourceKind.CAPTURE).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    private static Map<String, String> fieldsOf(String customerNumber, ContactData contact) {
        Map<String, String> values = new HashMap<>();
        values.put("customerNumber", customerNumber);
        values.put("salutation", contact.salutation());
        values.put("firstName", contact.firstName());
        values.put("lastName", contact.lastName());
        values.put("company", contact.company());
        values.put("emails", contact.email());
        values.put("phones", contact.phone());
        values.put("street", contact.street());
        values.put("postalCode", contact.postalCode());
        values.put("city", contact.city());
        return values;
    }
}
