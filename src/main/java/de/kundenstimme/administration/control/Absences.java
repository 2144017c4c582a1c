package de.kundenstimme.administration.control;

import de.kundenstimme.administration.entity.Absence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/** The absences that cover a day, read fresh, for routing new cases and for the deputy's "my cases". */
@ApplicationScoped
public class Absences {

    @PersistenceContext
    EntityManager em;

    public AbsenceCalendar on(LocalDate day) {
        return new AbsenceCalendar(day, em.createNamedQuery(Absence.COVERING, Absence.class)
                .setParameter("day", day)
                .getResultList());
    }
}
