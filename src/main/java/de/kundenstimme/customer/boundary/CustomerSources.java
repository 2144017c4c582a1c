package de.kundenstimme.customer.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.MappedField;
import de.kundenstimme.customer.entity.NameLayout;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.customer.entity.StreetLayout;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The departmental sources of customer data, defined by the admin. */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class CustomerSources {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters, digits, spaces and the punctuation of company names; no markup, double quotes or semicolons. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} .,&()/+'-]+");
    /** A column's header as files and queries name it; no control characters and no markup. */
    private static final Pattern COLUMN = Pattern.compile("[^\\p{Cntrl}<>]+");
    /** Characters of a query; four bytes each still fit the TEXT column. */
    private static final int MAX_QUERY = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CustomerSource> all() {
        requireAdmin();
        return em.createNamedQuery(CustomerSource.ALL, CustomerSource.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerSource find(long id) {
        requireAdmin();
        return em.find(CustomerSource.class, id);
    }

    /** How many source records each source holds, by source id; a source without any is missing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> recordCounts() {
        requireAdmin();
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select r.source.id, count(r) from SourceRecord r group by r.source.id", Object[].class)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Deletes a source that never brought a record in, with its import runs. A source whose
     * records are part of customers is refused: its data is in golden records, cases and
     * decisions, and would vanish from them.
     */
    public void delete(long id) {
        requireAdmin();
        CustomerSource source = em.find(CustomerSource.class, id);
        if (source == null) {
            throw new InvalidInput("id", "customer.sources.unknown");
        }
        if (source.getKind() == SourceKind.CAPTURE) {
            throw new InvalidInput("id", "customer.sources.delete.builtIn");
        }
        if (recordCounts().containsKey(id)) {
            throw new InvalidInput("id", "customer.sources.delete.hasRecords");
        }
        em.createQuery("delete from ImportRejection j where j.runId in (select r.id from ImportRun r where r.source = :source)")
                .setParameter("source", source).executeUpdate();
        em.createQuery("delete from ImportRun r where r.source = :source").setParameter("source", source).executeUpdate();
        em.remove(source);
    }

    /**
     * Creates (id null) or changes a source. A name in use or with markup, an unknown
     * department, a trust rank outside 1–99, a mapping without the source's customer number or
     * with an unusable column name, or an SQL source without URL and query are refused.
     */
    public CustomerSource save(SourceDraft draft) {
        requireAdmin();
        Map<String, String> problems = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            problems.put("name", "customer.sources.name.invalid");
        } else if (!NAME.matcher(name).matches()) {
            problems.put("name", "customer.sources.name.characters");
        }
        if (draft.departmentId() != null && em.find(Department.class, draft.departmentId()) == null) {
            problems.put("department", "customer.sources.department.unknown");
        }
        if (draft.mapping().values().stream().anyMatch(column -> column.length() > 100 || !COLUMN.matcher(column).matches())) {
            problems.put("mapping", "customer.sources.mapping.column");
        }
        CustomerSource sameName = em.createNamedQuery(CustomerSource.ALL, CustomerSource.class).getResultStream()
                .filter(s -> s.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
        if (sameName != null && !sameName.getId().equals(draft.id())) {
            problems.put("name", "customer.sources.name.taken");
        }
        if (draft.trustRank() < 1 || draft.trustRank() > 99) {
            problems.put("trustRank", "customer.sources.trustRank.invalid");
        }
        if ((draft.kind() == SourceKind.UPLOAD || draft.kind() == SourceKind.SQL)
                && blank(draft.mapping().get(MappedField.SOURCE_KEY))) {
            problems.put("mapping", "customer.sources.mapping.noKey");
        }
        if (draft.kind() == SourceKind.SQL && (blank(draft.jdbcUrl()) || blank(draft.sqlQuery())
                || !draft.jdbcUrl().strip().startsWith("jdbc:"))) {
            problems.put("jdbcUrl", "customer.sources.sql.incomplete");
        }
        // The columns' sizes (V030): a longer value is refused here instead of failing in the database.
        refuseLonger("jdbcUrl", draft.jdbcUrl(), 500, problems);
        refuseLonger("jdbcUser", draft.jdbcUser(), 100, problems);
        refuseLonger("jdbcPassword", draft.jdbcPassword(), 200, problems);
        refuseLonger("sqlQuery", draft.sqlQuery(), MAX_QUERY, problems);
        CustomerSource source = draft.id() == null ? null : em.find(CustomerSource.class, draft.id());
        if (draft.id() != null && source == null) {
            problems.put("id", "customer.sources.unknown");
        }
        boolean builtIn = source != null && source.getKind() == SourceKind.CAPTURE;
        if (builtIn != (draft.kind() == SourceKind.CAPTURE)) {
            problems.put("kind", "customer.sources.kind.builtIn");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (source == null) {
            source = new CustomerSource(name, draft.kind(), draft.trustRank());
            source.setPushToken(HexFormat.of().formatHex(token()));
            em.persist(source);
        }
        source.setName(name);
        source.setKind(draft.kind());
        source.setTrustRank(draft.trustRank());
        source.setDepartment(draft.departmentId() == null ? null : em.find(Department.class, draft.departmentId()));
        source.setNameLayout(draft.nameLayout() == null ? NameLayout.SEPARATE : draft.nameLayout());
        source.setStreetLayout(draft.streetLayout() == null ? StreetLayout.SEPARATE : draft.streetLayout());
        source.map(draft.mapping());
        // The stored password is never shown again; left empty on a change, it stays.
        String password = blank(draft.jdbcPassword()) ? source.getJdbcPassword() : draft.jdbcPassword();
        source.queryDatabase(strip(draft.jdbcUrl()), strip(draft.jdbcUser()), password, strip(draft.sqlQuery()));
        return source;
    }

    private static byte[] token() {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return token;
    }

    private static void refuseLonger(String field, String value, int maxLength, Map<String, String> problems) {
        if (value != null && value.length() > maxLength) {
            problems.put(field, "customer.sources.sql.tooLong");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
