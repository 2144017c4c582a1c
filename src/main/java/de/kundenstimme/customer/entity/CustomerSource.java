package de.kundenstimme.customer.entity;

import de.kundenstimme.administration.entity.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumMap;
import java.util.Map;

/**
 * A department's system that holds customer records: how its records arrive, how its columns
 * map to the customer model, and how far its data is trusted (1 is the most trusted).
 */
@Entity
@Table(name = "customer_source")
@NamedQuery(name = CustomerSource.ALL,
        query = "select s from CustomerSource s left join fetch s.department order by s.trustRank, s.name")
public class CustomerSource {

    public static final String ALL = "CustomerSource.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;
    @Enumerated(EnumType.STRING)
    private SourceKind kind;
    @Column(name = "trust_rank")
    private int trustRank;
    @Column(name = "field_mapping")
    private String fieldMapping;
    @Enumerated(EnumType.STRING)
    @Column(name = "name_layout")
    private NameLayout nameLayout;
    @Enumerated(EnumType.STRING)
    @Column(name = "street_layout")
    private StreetLayout streetLayout;
    @Column(name = "jdbc_url")
    private String jdbcUrl;
    @Column(name = "jdbc_user")
    private String jdbcUser;
    @Column(name = "jdbc_password")
    private String jdbcPassword;
    @Column(name = "sql_query")
    private String sqlQuery;
    @Column(name = "push_token")
    private String pushToken;
    @Version
    private long version;

    protected CustomerSource() {
    }

    public CustomerSource(String name, SourceKind kind, int trustRank) {
        this.name = name;
        this.kind = kind;
        this.trustRank = trustRank;
        this.fieldMapping = "";
        this.nameLayout = NameLayout.SEPARATE;
        this.streetLayout = StreetLayout.SEPARATE;
    }

    /** The mapping as "FIELD=column" lines, one a field. */
    public Map<MappedField, String> mapping() {
        Map<MappedField, String> mapping = new EnumMap<>(MappedField.class);
        for (String line : fieldMapping.split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.substring(equals + 1).isBlank()) {
                mapping.put(MappedField.valueOf(line.substring(0, equals).strip()), line.substring(equals + 1).strip());
            }
        }
        return mapping;
    }

    public void map(Map<MappedField, String> mapping) {
        StringBuilder lines = new StringBuilder();
        mapping.forEach((field, column) -> lines.append(field.name()).append('=').append(column).append('\n'));
        this.fieldMapping = lines.toString();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
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

    public String getJdbcUser() {
        return jdbcUser;
    }

    public String getJdbcPassword() {
        return jdbcPassword;
    }

    public String getSqlQuery() {
        return sqlQuery;
    }

    /** The read-only query against the department's database. */
    public void queryDatabase(String jdbcUrl, String jdbcUser, String jdbcPassword, String sqlQuery) {
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.sqlQuery = sqlQuery;
    }

    public String getPushToken() {
        return pushToken;
    }

    public void setPushToken(String pushToken) {
        this.pushToken = pushToken;
    }
}
