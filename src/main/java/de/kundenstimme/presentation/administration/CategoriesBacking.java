package de.kundenstimme.presentation.administration;

import de.kundenstimme.administration.boundary.CategoryDraft;
import de.kundenstimme.administration.boundary.CategoryTree;
import de.kundenstimme.administration.boundary.Organisation;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Routing;
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
import java.util.stream.Collectors;

/** The category tree page: the tree as a table and one form for a new or the chosen category. */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "categoryForm";

    @Inject
    CategoryTree tree;

    @Inject
    Organisation organisation;

    @Inject
    FacesMessages messages;

    private transient List<Category> categories;
    private transient List<Department> departments;
    private transient List<User> owners;
    private Long id;
    private String editedName;
    private String code;
    private String nameDe;
    private String nameEn;
    private Long parentId;
    private Long departmentId;
    private Routing routing = Routing.DEFAULT_OWNER;
    private Long defaultOwnerId;
    private boolean active = true;

    public List<Category> getCategories() {
        if (categories == null) {
            categories = tree.categories();
        }
        return categories;
    }

    /** First-level categories other than the one being edited: the possible parents. */
    public List<Category> getParents() {
        return getCategories().stream().filter(c -> c.getParent() == null && !c.getId().equals(id)).toList();
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = organisation.departments();
        }
        return departments;
    }

    /** Handlers and managers of the department the category routes to, its own or its parent's. */
    public List<User> getOwners() {
        if (owners == null) {
            Long effective = effectiveDepartmentId();
            owners = effective == null ? List.of() : tree.possibleOwners(effective);
        }
        return owners;
    }

    private Long effectiveDepartmentId() {
        if (departmentId != null || parentId == null) {
            return departmentId;
        }
        return getCategories().stream().filter(c -> c.getId().equals(parentId)).findFirst()
                .map(c -> c.getDepartment().getId()).orElse(null);
    }

    /** After the parent or department changed: the owner list follows. */
    public void departmentChanged() {
        owners = null;
        if (defaultOwnerId != null && getOwners().stream().noneMatch(u -> u.getId().equals(defaultOwnerId))) {
            defaultOwnerId = null;
        }
    }

    public void startNew() {
        id = null;
        editedName = null;
        code = null;
        nameDe = null;
        nameEn = null;
        parentId = null;
        departmentId = null;
        routing = Routing.DEFAULT_OWNER;
        defaultOwnerId = null;
        active = true;
        owners = null;
    }

    public void edit(Category category) {
        id = category.getId();
        editedName = category.getNameDe();
        code = category.getCode();
        nameDe = category.getNameDe();
        nameEn = category.getNameEn();
        parentId = category.getParent() == null ? null : category.getParent().getId();
        departmentId = category.getDepartment().getId();
        routing = category.getRouting();
        defaultOwnerId = category.getDefaultOwner() == null ? null : category.getDefaultOwner().getId();
        active = category.isActive();
        owners = null;
    }

    public void save() {
        try {
            CategoryTree.Saved saved = tree.save(new CategoryDraft(id, code, nameDe, nameEn, parentId, departmentId,
                    routing, routing == Routing.DEFAULT_OWNER ? defaultOwnerId : null, active));
            messages.info("administration.saved", saved.category().getNameDe());
            if (!saved.switchedToRoundRobin().isEmpty()) {
                messages.info("administration.category.switchedToRoundRobin", names(saved.switchedToRoundRobin()));
            }
            if (!saved.deactivated().isEmpty()) {
                messages.info("administration.category.childrenDeactivated", names(saved.deactivated()));
            }
            categories = null;
            startNew();
            return;
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, FORM);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String names(List<Category> categories) {
        return categories.stream().map(Category::getNameDe).collect(Collectors.joining(", "));
    }

    public Routing[] getRoutings() {
        return Routing.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isDefaultOwnerRouting() {
        return routing == Routing.DEFAULT_OWNER;
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

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Routing getRouting() {
        return routing;
    }

    public void setRouting(Routing routing) {
        this.routing = routing;
    }

    public Long getDefaultOwnerId() {
        return defaultOwnerId;
    }

    public void setDefaultOwnerId(Long defaultOwnerId) {
        this.defaultOwnerId = defaultOwnerId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
