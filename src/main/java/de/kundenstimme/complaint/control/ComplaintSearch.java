package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.Absences;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.ComplaintStatus;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The complaint list in the database: filters and order become SQL on the composite indexes,
 * ids are paged first and only the page's rows are loaded (a deferred join), never all cases.
 */
@ApplicationScoped
public class ComplaintSearch {

    private static final List<ComplaintStatus> CLOSED_STATES =
            List.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, ComplaintStatus.REJECTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessTime time;

    @Inject
    Absences absences;

    /** A page by offset, for the list screen. */
    public List<Complaint> page(User viewer, ComplaintFilter filter, ComplaintSort sort, boolean ascending,
                                int offset, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Complaint> c = ids.from(Complaint.class);
        ids.select(c.get("id")).where(restrictions(cb, c, viewer, filter).toArray(Predicate[]::new));
        Path<Object> sorted = c.get(sort.attribute());
        ids.orderBy(ascending ? cb.asc(sorted) : cb.desc(sorted), ascending ? cb.asc(c.get("id")) : cb.desc(c.get("id")));
        List<Long> pageIds = em.createQuery(ids).setFirstResult(offset).setMaxResults(size).getResultList();
        return load(pageIds);
    }

    /** A page after a cursor (received at, id), newest first, for the API: as fast on page 4,000 as on page 1. */
    public List<Complaint> after(User viewer, ComplaintFilter filter, Cursor cursor, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Complaint> c = ids.from(Complaint.class);
        List<Predicate> where = restrictions(cb, c, viewer, filter);
        if (cursor != null) {
            // Written as OR, not as a row comparison: MariaDB uses the index only for this form.
            Path<Instant> received = c.get("receivedAt");
            where.add(cb.or(cb.lessThan(received, cursor.receivedAt()),
                    cb.and(cb.equal(received, cursor.receivedAt()), cb.lessThan(c.get("id"), cursor.id()))));
        }
        ids.select(c.get("id")).where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(c.get("receivedAt")), cb.desc(c.get("id")));
        return load(em.createQuery(ids).setMaxResults(size).getResultList());
    }

    public long count(User viewer, ComplaintFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Complaint> c = query.from(Complaint.class);
        query.select(cb.count(c)).where(restrictions(cb, c, viewer, filter).toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * The number of cases, but counted no further than limit + 1: beyond a few thousand the exact
     * number tells a user nothing, and counting all of a department's cases costs as much as
     * reading them.
     */
    public long countUpTo(User viewer, ComplaintFilter filter, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Complaint> c = ids.from(Complaint.class);
        ids.select(c.get("id")).where(restrictions(cb, c, viewer, filter).toArray(Predicate[]::new));
        return em.createQuery(ids).setMaxResults(limit + 1).getResultList().size();
    }

    private List<Complaint> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Complaint> byId = em.createQuery("select c from Complaint c join fetch c.customer join fetch c.category"
                        + " join fetch c.department left join fetch c.owner left join fetch c.product"
                        + " where c.id in :ids", Complaint.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(Complaint::getId, Function.identity()));
        List<Complaint> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    private List<Predicate> restrictions(CriteriaBuilder cb, Root<Complaint> c, User viewer, ComplaintFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(c.get("department"), viewer.getDepartment()));
        switch (filter.scope()) {
            case MINE -> where.add(mine(cb, c, viewer));
            case OVERDUE -> where.add(overdue(cb, c));
            case ESCALATED -> {
                where.add(cb.not(c.get("status").in(CLOSED_STATES)));
                where.add(cb.or(cb.greaterThan(c.get("escalationLevel"), 0), overdue(cb, c)));
            }
            case DEPARTMENT -> {
                // the department restriction above is the whole scope
            }
        }
        if (filter.status() != null) {
            where.add(cb.equal(c.get("status"), filter.status()));
        }
        if (filter.categoryId() != null) {
            // The category and its children by id: a join to category would be checked row by row.
            List<Long> categories = em.createQuery("select ca.id from Category ca"
                            + " where ca.id = :category or ca.parent.id = :category", Long.class)
                    .setParameter("category", filter.categoryId())
                    .getResultList();
            where.add(categories.isEmpty() ? cb.disjunction() : c.get("category").get("id").in(categories));
        }
        if (filter.channel() != null) {
            where.add(cb.equal(c.get("channel"), filter.channel()));
        }
        if (filter.ownerId() != null) {
            where.add(cb.equal(c.get("owner").get("id"), filter.ownerId()));
        }
        if (filter.priority() != null) {
            where.add(cb.equal(c.get("priority"), filter.priority()));
        }
        if (filter.receivedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(c.get("receivedAt"),
                    filter.receivedFrom().atStartOfDay(BusinessTime.ZONE).toInstant()));
        }
        if (filter.receivedTo() != null) {
            where.add(cb.lessThan(c.get("receivedAt"),
                    filter.receivedTo().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
        }
        if (filter.subjectText() != null && !filter.subjectText().isBlank()) {
            String subject = filter.subjectText().strip();
            String words = SubjectWords.booleanQuery(subject);
            if (words != null) {
                // The full-text index narrows to the subjects with these words; LIKE keeps the exact meaning.
                where.add(cb.greaterThan(cb.function("sql", Double.class, cb.literal("match(?) against (? in boolean mode)"),
                        c.get("subject"), cb.literal(words)), 0.0));
            }
            where.add(cb.like(c.get("subject"), "%" + escapeLike(subject) + "%", '!'));
        }
        return where;
    }

    private Predicate overdue(CriteriaBuilder cb, Root<Complaint> c) {
        LocalDate today = time.today();
        return cb.or(
                cb.and(cb.not(c.get("status").in(CLOSED_STATES)), cb.lessThan(c.get("resolutionDue"), today)),
                cb.and(cb.equal(c.get("status"), ComplaintStatus.NEW), cb.lessThan(c.get("acknowledgementDue"), today)));
    }

    /** The viewer's own cases and, while they stand in for absent colleagues, those colleagues' open cases. */
    private Predicate mine(CriteriaBuilder cb, Root<Complaint> c, User viewer) {
        Set<Long> represented = absences.on(time.today()).representedBy(viewer);
        Predicate own = cb.equal(c.get("owner"), viewer);
        if (represented.isEmpty()) {
            return own;
        }
        return cb.or(own, cb.and(c.get("owner").get("id").in(represented), cb.not(c.get("status").in(CLOSED_STATES))));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Where the previous page ended. */
    public record Cursor(Instant receivedAt, long id) {

        public static Cursor after(Complaint last) {
            return new Cursor(last.getReceivedAt(), last.getId());
        }
    }
}
