package de.kundenstimme.administration.entity;

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

import java.util.Locale;

/** A node of the two-level category tree; the department it routes to and its default owner. */
@Entity
@NamedQuery(name = Category.ACTIVE, query = "select c from Category c left join fetch c.parent join fetch c.department"
        + " where c.active = true order by c.nameDe")
@NamedQuery(name = Category.BY_CODE, query = "select c from Category c join fetch c.department where c.code = :code")
@NamedQuery(name = Category.ALL, query = "select c from Category c left join fetch c.parent join fetch c.department"
        + " left join fetch c.defaultOwner order by c.nameDe")
@NamedQuery(name = Category.CHILDREN, query = "select c from Category c join fetch c.department left join fetch c.defaultOwner"
        + " where c.parent = :parent order by c.nameDe")
public class Category {

    public static final String ACTIVE = "Category.active";
    public static final String BY_CODE = "Category.byCode";
    public static final String ALL = "Category.all";
    public static final String CHILDREN = "Category.children";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "name_de")
    private String nameDe;
    @Column(name = "name_en")
    private String nameEn;
    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_owner_id")
    private User defaultOwner;
    @Enumerated(EnumType.STRING)
    private Routing routing = Routing.DEFAULT_OWNER;
    private boolean active = true;

    protected Category() {
    }

    public Category(String code, String nameDe, String nameEn, Category parent, Department department, User defaultOwner) {
        this.code = code;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.parent = parent;
        this.department = department;
        this.defaultOwner = defaultOwner;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }

    /** "Lieferung › Verspätung" for a second-level category. */
    public String path(Locale locale) {
        return parent == null ? name(locale) : parent.name(locale) + " › " + name(locale);
    }

    public Category getParent() {
        return parent;
    }

    public boolean isLeaf() {
        return parent != null;
    }

    public Department getDepartment() {
        return department;
    }

    public User getDefaultOwner() {
        return defaultOwner;
    }

    public Routing getRouting() {
        return routing;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void describe(String code, String nameDe, String nameEn) {
        this.code = code;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
    }

    /**
     * Puts this category under a first-level category, or at the top for {@code null}: the tree has two levels.
     *
     * @throws IllegalArgumentException for a parent that is itself a child, or this category itself
     */
    public void placeUnder(Category newParent) {
        if (newParent != null && (newParent == this || newParent.parent != null
                || id != null && id.equals(newParent.id))) {
            throw new IllegalArgumentException("A category can only be placed under a first-level category");
        }
        this.parent = newParent;
    }

    /**
     * How new cases of this category find their owner. Round-robin needs no default owner, so none is kept.
     *
     * @throws IllegalArgumentException for a default owner of another department or a default-owner routing without one
     */
    public void routeTo(Department newDepartment, Routing newRouting, User newDefaultOwner) {
        if (newRouting == Routing.DEFAULT_OWNER && (newDefaultOwner == null || newDefaultOwner.getDepartment() == null
                || !newDefaultOwner.getDepartment().getId().equals(newDepartment.getId()))) {
            throw new IllegalArgumentException("The default owner must belong to the category's department");
        }
        this.department = newDepartment;
        this.routing = newRouting;
        this.defaultOwner = newRouting == Routing.ROUND_ROBIN ? null : newDefaultOwner;
    }
}
