package de.kundenstimme.administration.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u left join fetch u.department where u.username = :username")
@NamedQuery(name = User.HANDLERS_OF_DEPARTMENT, query = "select distinct u from User u join u.roles r"
        + " where u.department = :department and u.active = true and r in (de.kundenstimme.administration.entity.Role.HANDLER,"
        + " de.kundenstimme.administration.entity.Role.MANAGER) order by u.fullName")
@NamedQuery(name = User.OF_DEPARTMENT, query = "select u from User u where u.department = :department and u.active = true"
        + " order by u.fullName")
@NamedQuery(name = User.CASE_WORKERS, query = "select u from User u join fetch u.department where u.active = true"
        + " and (de.kundenstimme.administration.entity.Role.HANDLER member of u.roles"
        + " or de.kundenstimme.administration.entity.Role.MANAGER member of u.roles) order by u.fullName")
public class User {

    public static final String BY_USERNAME = "User.byUsername";
    public static final String HANDLERS_OF_DEPARTMENT = "User.handlersOfDepartment";
    public static final String OF_DEPARTMENT = "User.ofDepartment";
    public static final String CASE_WORKERS = "User.caseWorkers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;
    private String language = "de";
    private boolean active = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Version
    private long version;

    protected User() {
    }

    public User(String username, String passwordHash, String fullName, String email, Department department, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.department = department;
        this.roles = EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Department getDepartment() {
        return department;
    }

    public String getLanguage() {
        return language;
    }

    /** The admin's changes to an account; the user name never changes, it is in every history entry. */
    public void update(String fullName, String email, Department department, Set<Role> roles, boolean active) {
        this.fullName = fullName;
        this.email = email;
        this.department = department;
        this.roles = EnumSet.copyOf(roles);
        this.active = active;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Handlers and managers work cases; only they can be absent with a deputy or own a case. */
    public boolean worksCases() {
        return hasRole(Role.HANDLER) || hasRole(Role.MANAGER);
    }
}
