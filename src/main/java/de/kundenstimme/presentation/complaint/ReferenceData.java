package de.kundenstimme.presentation.complaint;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Product;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.ComplaintStatus;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.complaint.entity.SocialNetwork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The choices the complaint forms offer: categories as a two-level tree, products, enums. */
@Named
@RequestScoped
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    /** Second-level categories grouped under their first level; the value is the category's code. */
    public List<SelectItem> getCategoryItems() {
        return categoryItems(Category::getCode);
    }

    /** The same tree for the list filter: first levels are choosable too; the value is the id. */
    public List<SelectItem> getCategoryFilterItems() {
        Locale locale = locale();
        List<SelectItem> items = new ArrayList<>();
        for (Category c : categories()) {
            items.add(new SelectItem(c.getId(), c.isLeaf() ? "   " + c.path(locale) : c.name(locale)));
        }
        items.sort((a, b) -> a.getLabel().strip().compareTo(b.getLabel().strip()));
        return items;
    }

    private List<SelectItem> categoryItems(java.util.function.Function<Category, Object> value) {
        Locale locale = locale();
        Map<Long, SelectItemGroup> groups = new LinkedHashMap<>();
        Map<Long, List<SelectItem>> children = new LinkedHashMap<>();
        List<Category> all = categories();
        all.stream().filter(c -> !c.isLeaf()).forEach(c -> {
            groups.put(c.getId(), new SelectItemGroup(c.name(locale)));
            children.put(c.getId(), new ArrayList<>());
        });
        all.stream().filter(Category::isLeaf).forEach(c ->
                children.get(c.getParent().getId()).add(new SelectItem(value.apply(c), c.name(locale))));
        List<SelectItem> items = new ArrayList<>();
        groups.forEach((id, group) -> {
            group.setSelectItems(children.get(id).toArray(SelectItem[]::new));
            items.add(group);
        });
        return items;
    }

    private List<Category> categories() {
        return em.createNamedQuery(Category.ACTIVE, Category.class).getResultList();
    }

    public List<Product> getProducts() {
        return em.createNamedQuery(Product.ACTIVE, Product.class).getResultList();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public SocialNetwork[] getSocialNetworks() {
        return SocialNetwork.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public ComplaintStatus[] getStatuses() {
        return ComplaintStatus.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
