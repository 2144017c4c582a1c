package de.kundenstimme.administration.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CategoryTest {

    private final Department service = Staff.department(1, "SERVICE");
    private final Department billing = Staff.department(2, "ABRECHNUNG");
    private final User sabine = Staff.handler(11, "sabine", service);

    @Test
    void theTreeHasTwoLevels() {
        Category top = Staff.category(100, service, Routing.ROUND_ROBIN, null);
        Category child = Staff.category(101, service, Routing.ROUND_ROBIN, null);
        Category grandchild = Staff.category(102, service, Routing.ROUND_ROBIN, null);

        child.placeUnder(top);

        assertSame(top, child.getParent());
        assertThrows(IllegalArgumentException.class, () -> grandchild.placeUnder(child));
        assertThrows(IllegalArgumentException.class, () -> top.placeUnder(top));
        assertNull(grandchild.getParent());
    }

    @Test
    void theDefaultOwnerBelongsToTheCategorysDepartment() {
        Category category = Staff.category(100, service, Routing.DEFAULT_OWNER, sabine);

        assertThrows(IllegalArgumentException.class, () -> category.routeTo(billing, Routing.DEFAULT_OWNER, sabine));
        assertThrows(IllegalArgumentException.class, () -> category.routeTo(service, Routing.DEFAULT_OWNER, null));
        assertSame(sabine, category.getDefaultOwner());
        assertEquals(Routing.DEFAULT_OWNER, category.getRouting());
    }

    @Test
    void roundRobinKeepsNoDefaultOwner() {
        Category category = Staff.category(100, service, Routing.DEFAULT_OWNER, sabine);

        category.routeTo(billing, Routing.ROUND_ROBIN, sabine);

        assertEquals(Routing.ROUND_ROBIN, category.getRouting());
        assertNull(category.getDefaultOwner());
        assertSame(billing, category.getDepartment());
    }
}
