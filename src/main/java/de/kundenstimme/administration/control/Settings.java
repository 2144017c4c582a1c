package de.kundenstimme.administration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
