package de.kundenstimme.presentation.session;

import de.kundenstimme.administration.control.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page sends case workers straight to their own cases. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    public String start() {
        return currentUser.worksCases() ? "/complaint/list?faces-redirect=true&scope=MINE" : null;
    }
}
