package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.Routing;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The two-level category tree and each category's routing, kept by the admin. Changes apply to
 * cases captured afterwards; running cases keep their department and owner.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class CategoryTree {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Every category, active or not, each first-level one followed by its children. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Category> categories() {
        requireAdmin();
        List<Category> all = em.createNamedQuery(Category.ALL, Category.class).getResultList();
        Comparator<Category> byName = Comparator.comparing(Category::getNameDe, String.CASE_INSENSITIVE_ORDER);
        List<Category> ordered = new ArrayList<>(all.size());
        all.stream().filter(c -> c.getParent() == null).sorted(byName).forEach(top -> {
            ordered.add(top);
            all.stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(top.getId()))
                    .sorted(byName).forEach(ordered::add);
        });
        return ordered;
    }

    /** Handlers and managers of a department, who can be a category's default owner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> possibleOwners(long departmentId) {
        requireAdmin();
        Department department = em.find(Department.class, departmentId);
        return department == null ? List.of() : em.createNamedQuery(User.HANDLERS_OF_DEPARTMENT, User.class)
                .setParameter("department", department)
                .getResultList();
    }

    /**
     * Creates a category (draft without id) or changes one. A first-level category that moves to
     * another department takes along the children that were in its old department; children whose
     * default owner stays behind are switched to round-robin, and deactivating a first-level
     * category deactivates its children. Both are reported in the result.
     */
    public Saved save(@NotNull @Valid CategoryDraft draft) {
        requireAdmin();
        String code = draft.code().strip().toUpperCase(Locale.ROOT);
        Map<String, String> problems = new LinkedHashMap<>();
        Category category = draft.id() == null ? null : em.find(Category.class, draft.id());
        if (draft.id() != null && category == null) {
            throw new InvalidInput("id", "administration.category.unknown");
        }
        Category sameCode = em.createNamedQuery(Category.BY_CODE, Category.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
        if (sameCode != null && (category == null || !sameCode.getId().equals(category.getId()))) {
            problems.put("code", "administration.category.code.taken");
        }
        List<Category> children = category == null ? List.of() : em.createNamedQuery(Category.CHILDREN, Category.class)
                .setParameter("parent", category).getResultList();
        Category parent = parentOf(draft, category, children, problems);
        Department department = departmentOf(draft, parent, problems);
        User defaultOwner = defaultOwnerOf(draft, department, problems);
        if (draft.active() && parent != null && !parent.isActive()) {
            problems.put("active", "administration.category.parentInactive");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }

        Department before = category == null ? null : category.getDepartment();
        if (category == null) {
            category = new Category(code, draft.nameDe().strip(), draft.nameEn().strip(), parent, department, defaultOwner);
        }
        category.describe(code, draft.nameDe().strip(), draft.nameEn().strip());
        category.placeUnder(parent);
        category.routeTo(department, draft.routing(), defaultOwner);
        category.setActive(draft.active());
        if (category.getId() == null) {
            em.persist(category);
        }
        List<Category> rerouted = new ArrayList<>();
        List<Category> deactivated = new ArrayList<>();
        for (Category child : children) {
            if (before != null && !before.getId().equals(department.getId())
                    && child.getDepartment().getId().equals(before.getId())) {
                boolean ownerStaysBehind = child.getRouting() == Routing.DEFAULT_OWNER;
                child.routeTo(department, ownerStaysBehind ? Routing.ROUND_ROBIN : child.getRouting(), null);
                if (ownerStaysBehind) {
                    rerouted.add(child);
                }
            }
            if (!draft.active() && child.isActive()) {
                child.setActive(false);
                deactivated.add(child);
            }
        }
        em.flush();
        return new Saved(category, rerouted, deactivated);
    }

    /** The saved category and the children that changed with it. */
    public record Saved(Category category, List<Category> switchedToRoundRobin, List<Category> deactivated) {
    }

    private Category parentOf(CategoryDraft draft, Category category, List<Category> children, Map<String, String> problems) {
        if (draft.parentId() == null) {
            return null;
        }
        Category parent = em.find(Category.class, draft.parentId());
        if (parent == null) {
            problems.put("parentId", "administration.category.parent.unknown");
        } else if (category != null && parent.getId().equals(category.getId())) {
            problems.put("parentId", "administration.category.parent.self");
        } else if (parent.getParent() != null) {
            problems.put("parentId", "administration.category.parent.secondLevel");
        } else if (!children.isEmpty()) {
            problems.put("parentId", "administration.category.parent.hasChildren");
        }
        return parent;
    }

    private Department departmentOf(CategoryDraft draft, Category parent, Map<String, String> problems) {
        if (draft.departmentId() == null) {
            if (parent == null) {
                if (draft.parentId() == null) {
                    problems.put("departmentId", "administration.category.department.required");
                }
                return null;
            }
            return parent.getDepartment();
        }
        Department department = em.find(Department.class, draft.departmentId());
        if (department == null) {
            problems.put("departmentId", "administration.category.department.unknown");
        }
        return department;
    }

    private User defaultOwnerOf(CategoryDraft draft, Department department, Map<String, String> problems) {
        if (draft.routing() != Routing.DEFAULT_OWNER) {
            return null;
        }
        if (draft.defaultOwnerId() == null) {
            problems.put("defaultOwnerId", "administration.category.defaultOwner.required");
            return null;
        }
        User owner = em.find(User.class, draft.defaultOwnerId());
        if (owner == null || !owner.isActive() || !owner.worksCases()) {
            problems.put("defaultOwnerId", "administration.category.defaultOwner.unknown");
        } else if (department != null && (owner.getDepartment() == null
                || !Objects.equals(owner.getDepartment().getId(), department.getId()))) {
            problems.put("defaultOwnerId", "administration.category.defaultOwner.otherDepartment");
        }
        return owner;
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
