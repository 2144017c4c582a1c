package de.kundenstimme.administration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The admin-editable settings (deadlines, holiday region), read fresh so changes apply to new cases. */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    public Map<String, String> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, value from app_setting").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    /** Writes the given settings, adding those not there yet; the caller's transaction keeps them together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Map<String, String> values) {
        values.forEach((name, value) -> em.createNativeQuery("insert into app_setting (name, value) values (?1, ?2)"
                        + " on duplicate key update value = values(value)")
                .setParameter(1, name)
                .setParameter(2, value)
                .executeUpdate());
    }
}
