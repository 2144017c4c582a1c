package de.kundenstimme.presentation.administration;

import de.kundenstimme.administration.boundary.Organisation;
import de.kundenstimme.administration.boundary.UserDraft;
import de.kundenstimme.administration.boundary.Users;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The accounts page: the list, one form for a new or the chosen account, and a new password. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "userForm";

    @Inject
    Users users;

    @Inject
    Organisation organisation;

    @Inject
    FacesMessages messages;

    private transient List<User> all;
    private transient List<Department> departments;
    private Long id;
    private String editedUsername;
    private String username;
    private String fullName;
    private String email;
    private Long departmentId;
    private List<String> roles = new ArrayList<>();
    private boolean active = true;
    private String password;
    private String newPassword;

    public List<User> getAll() {
        if (all == null) {
            all = users.all();
        }
        return all;
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = organisation.departments();
        }
        return departments;
    }

    public List<Role> getRoleChoices() {
        return List.of(Role.values());
    }

    public void startNew() {
        id = null;
        editedUsername = null;
        username = null;
        fullName = null;
        email = null;
        departmentId = null;
        roles = new ArrayList<>();
        active = true;
        password = null;
        newPassword = null;
    }

    public void edit(User user) {
        startNew();
        id = user.getId();
        editedUsername = user.getUsername();
        username = user.getUsername();
        fullName = user.getFullName();
        email = user.getEmail();
        departmentId = user.getDepartment() == null ? null : user.getDepartment().getId();
        roles = user.getRoles().stream().map(Role::name).toList();
        active = user.isActive();
    }

    public void save() {
        try {
            User saved = users.save(new UserDraft(id, username, fullName, email, departmentId,
                    chosenRoles(), active, id == null ? password : null));
            messages.info("administration.saved", saved.getUsername());
            all = null;
            startNew();
            return;
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        password = null;
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void setPasswordOfEdited() {
        try {
            users.setPassword(id, newPassword);
            messages.info("administration.user.passwordSet", editedUsername);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
            FacesContext.getCurrentInstance().validationFailed();
        }
        newPassword = null;
    }

    /** The ticked roles; names the page did not offer are ignored. */
    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (roles.contains(role.name())) {
                chosen.add(role);
            }
        }
        return chosen;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getEditedUsername() {
        return editedUsername;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
