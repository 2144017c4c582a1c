package de.kundenstimme.presentation.customer;

import de.kundenstimme.administration.boundary.Organisation;
import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.customer.boundary.CustomerSources;
import de.kundenstimme.customer.boundary.SourceDraft;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.MappedField;
import de.kundenstimme.customer.entity.NameLayout;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.customer.entity.StreetLayout;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's list of customer sources and the form to define or change one: name, department,
 * kind, trust rank, layouts, column per field; and deleting a source that has no records.
 */
@Named
@ViewScoped
public class CustomerSourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerSources sources;

    @Inject
    Organisation organisation;

    @Inject
    FacesMessages messages;

    private Long editingId;
    private String editingName;
    private Long departmentId;
    private transient Map<Long, Long> recordCounts;
    private String name;
    private SourceKind kind = SourceKind.UPLOAD;
    private int trustRank = 1;
    private NameLayout nameLayout = NameLayout.SEPARATE;
    private StreetLayout streetLayout = StreetLayout.SEPARATE;
    private final Map<MappedField, String> mapping = new EnumMap<>(MappedField.class);
    private String jdbcUrl;
    private String jdbcUser;
    private String jdbcPassword;
    private String sqlQuery;

    public List<CustomerSource> getSources() {
        return sources.all();
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    /** How many records the source has brought in (0 for none). */
    public long recordCount(CustomerSource source) {
        if (recordCounts == null) {
            recordCounts = sources.recordCounts();
        }
        return recordCounts.getOrDefault(source.getId(), 0L);
    }

    /** Fills the form with the source to change it; the stored JDBC password is not shown. */
    public void edit(long id) {
        CustomerSource source = sources.find(id);
        if (source == null) {
            messages.error("customer.sources.unknown");
            return;
        }
        editingId = source.getId();
        editingName = source.getName();
        name = source.getName();
        departmentId = source.getDepartment() == null ? null : source.getDepartment().getId();
        kind = source.getKind();
        trustRank = source.getTrustRank();
        nameLayout = source.getNameLayout();
        streetLayout = source.getStreetLayout();
        mapping.clear();
        mapping.putAll(source.mapping());
        jdbcUrl = source.getJdbcUrl();
        jdbcUser = source.getJdbcUser();
        jdbcPassword = null;
        sqlQuery = source.getSqlQuery();
    }

    /** Leaves the form empty for a new source. */
    public void cancel() {
        editingId = null;
        editingName = null;
        departmentId = null;
        name = null;
        kind = SourceKind.UPLOAD;
        trustRank = 1;
        nameLayout = NameLayout.SEPARATE;
        streetLayout = StreetLayout.SEPARATE;
        mapping.clear();
        jdbcUrl = null;
        jdbcUser = null;
        jdbcPassword = null;
        sqlQuery = null;
    }

    public void delete(long id) {
        try {
            CustomerSource source = sources.find(id);
            String deleted = source == null ? "" : source.getName();
            sources.delete(id);
            if (Long.valueOf(id).equals(editingId)) {
                cancel();
            }
            recordCounts = null;
            messages.info("customer.sources.deleted", deleted);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, null);
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
    }

    public MappedField[] getFields() {
        return MappedField.values();
    }

    /** The kinds an admin can choose; the built-in capture source keeps its own. */
    public List<SourceKind> getKinds() {
        return kind == SourceKind.CAPTURE ? List.of(SourceKind.CAPTURE) : SourceKind.definable();
    }

    public NameLayout[] getNameLayouts() {
        return NameLayout.values();
    }

    public StreetLayout[] getStreetLayouts() {
        return StreetLayout.values();
    }

    public void save() {
        try {
            CustomerSource saved = sources.save(new SourceDraft(editingId, name, departmentId, kind, trustRank, mapping,
                    nameLayout, streetLayout, jdbcUrl, jdbcUser, jdbcPassword, sqlQuery));
            messages.info("customer.sources.saved", saved.getName());
            cancel();
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, "source");
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    /** The name of the source being changed, as it is stored (the form may hold a new one). */
    public String getEditingName() {
        return editingName;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Map<MappedField, String> getMapping() {
        return mapping;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public int getTrustRank() {
        return trustRank;
    }

    public void setTrustRank(int trustRank) {
        this.trustRank = trustRank;
    }

    public NameLayout getNameLayout() {
        return nameLayout;
    }

    public void setNameLayout(NameLayout nameLayout) {
        this.nameLayout = nameLayout;
    }

    public StreetLayout getStreetLayout() {
        return streetLayout;
    }

    public void setStreetLayout(StreetLayout streetLayout) {
        this.streetLayout = streetLayout;
    }

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public void setJdbcUrl(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public String getJdbcUser() {
        return jdbcUser;
    }

    public void setJdbcUser(String jdbcUser) {
        this.jdbcUser = jdbcUser;
    }

    public String getJdbcPassword() {
        return jdbcPassword;
    }

    public void setJdbcPassword(String jdbcPassword) {
        this.jdbcPassword = jdbcPassword;
    }

    public String getSqlQuery() {
        return sqlQuery;
    }

    public void setSqlQuery(String sqlQuery) {
        this.sqlQuery = sqlQuery;
    }
}
