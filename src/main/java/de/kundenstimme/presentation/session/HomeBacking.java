package de.kundenstimme.presentation.session;

import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page sends case workers straight to their own cases, admins to the administration. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    public String start() {
        if (currentUser.worksCases()) {
            return "/complaint/list?faces-redirect=true&scope=MINE";
        }
        return currentUser.is(Role.ADMIN) ? "/admin/categories?faces-redirect=true" : null;
    }
}
