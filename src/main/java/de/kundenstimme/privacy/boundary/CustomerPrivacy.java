package de.kundenstimme.privacy.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.privacy.control.AccessLog;
import de.kundenstimme.privacy.control.Anonymisation;
import de.kundenstimme.privacy.control.CustomerDossier;
import de.kundenstimme.privacy.control.DossierPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;

/**
 * A customer's rights under the DSGVO, for the admin only: the export of everything held about them
 * (Art. 15), itself recorded in the access log, and their anonymisation (Art. 17) with a reason.
 */
@ApplicationScoped
public class CustomerPrivacy {

    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    @Inject
    AccessLog accessLog;

    @Inject
    CustomerDossier dossier;

    @Inject
    DossierPdf pdf;

    @Inject
    Anonymisation anonymisation;

    /** Everything about the customer as JSON; the export is on record before it is read, so it shows itself. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public JsonObject export(long customerId) {
        requireAdmin();
        requireCustomer(customerId);
        Instant now = time.now();
        accessLog.viewed(customerId, currentUser.username(), AccessLog.Purpose.PRIVACY_EXPORT, now);
        return dossier.of(customerId, currentUser.username(), now);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public byte[] exportPdf(long customerId) {
        return pdf.render(export(customerId));
    }

    /** Anonymises the customer and all their cases in one transaction; a second call changes nothing. */
    @Transactional(rollbackOn = Exception.class)
    public Anonymisation.Outcome anonymise(long customerId,
                                           @NotBlank(message = "{privacy.reason.required}")
                                           @Size(max = MAX_REASON, message = "{privacy.reason.size}")
                                           @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
                                                   message = "{privacy.reason.control}") String reason) {
        requireAdmin();
        requireCustomer(customerId);
        return anonymisation.customer(customerId, Anonymisation.Cause.REQUEST, reason.strip(), currentUser.username(),
                time.now());
    }

    /** When the customer was anonymised, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant anonymisedAt(long customerId) {
        requireAdmin();
        Object value = em.createNativeQuery("select anonymised_at from customer where id = ?1")
                .setParameter(1, customerId).getResultStream().findFirst().orElse(null);
        return value == null ? null : value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                : java.sql.Timestamp.valueOf((java.time.LocalDateTime) value).toInstant();
    }

    private void requireCustomer(long customerId) {
        Number found = (Number) em.createNativeQuery("select count(*) from customer where id = ?1")
                .setParameter(1, customerId).getSingleResult();
        if (found.longValue() == 0) {
            throw new NotFoundException();
        }
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
