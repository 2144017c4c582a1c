package de.kundenstimme.administration.entity;

import java.lang.reflect.Field;
import java.util.Set;

/** Users, departments and categories with ids, as the database would give them, for tests without a container. */
public final class Staff {

    private Staff() {
    }

    public static Department department(long id, String code) {
        return withId(new Department(code, code), id);
    }

    public static User handler(long id, String username, Department department) {
        return withId(new User(username, "hash", username, username + "@example.de", department, Set.of(Role.HANDLER)), id);
    }

    public static User manager(long id, String username, Department department) {
        return withId(new User(username, "hash", username, username + "@example.de", department, Set.of(Role.MANAGER)), id);
    }

    public static User inactive(User user) {
        set(user, "active", false);
        return user;
    }

    public static Category category(long id, Department department, Routing routing, User defaultOwner) {
        Category category = withId(new Category("C" + id, "Kategorie " + id, "Category " + id, null, department, null), id);
        category.routeTo(department, routing, defaultOwner);
        return category;
    }

    /** A category as an older installation may hold it: default-owner routing but nobody named. */
    public static Category categoryWithoutOwner(long id, Department department) {
        return withId(new Category("C" + id, "Kategorie " + id, "Category " + id, null, department, null), id);
    }

    public static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    private static void set(Object entity, String name, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
