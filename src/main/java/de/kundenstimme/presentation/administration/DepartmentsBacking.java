package de.kundenstimme.presentation.administration;

import de.kundenstimme.administration.boundary.DepartmentDraft;
import de.kundenstimme.administration.boundary.Organisation;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.List;

/** The departments page: the list and one form for a new or the chosen department. */
@Named
@ViewScoped
public class DepartmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "departmentForm";

    @Inject
    Organisation organisation;

    @Inject
    FacesMessages messages;

    private transient List<Department> departments;
    private transient List<User> members;
    private Long id;
    private String editedName;
    private String code;
    private String name;
    private Long headId;

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = organisation.departments();
        }
        return departments;
    }

    /** The people who can head the department being edited. */
    public List<User> getMembers() {
        if (members == null) {
            members = id == null ? List.of() : organisation.membersOf(id);
        }
        return members;
    }

    public void startNew() {
        id = null;
        editedName = null;
        code = null;
        name = null;
        headId = null;
        members = null;
    }

    public void edit(Department department) {
        id = department.getId();
        editedName = department.getName();
        code = department.getCode();
        name = department.getName();
        headId = department.getHead() == null ? null : department.getHead().getId();
        members = null;
    }

    public void save() {
        try {
            Department saved = organisation.save(new DepartmentDraft(id, code, name, headId));
            messages.info("administration.saved", saved.getName());
            departments = null;
            startNew();
            return;
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public String getEditedName() {
        return editedName;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getHeadId() {
        return headId;
    }

    public void setHeadId(Long headId) {
        this.headId = headId;
    }
}
