package de.kundenstimme.presentation.session;

import de.kundenstimme.administration.boundary.Accounts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The signed-in user's language: German unless they chose English; kept with the user. */
@Named
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String language = accounts.languageOfCurrentUser();
            if (language == null) {
                // Nobody signed in (an error page): German, but not remembered, so that a login
                // later in this session brings the account's own language.
                return Locale.GERMAN;
            }
            locale = Locale.forLanguageTag(language);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
        accounts.changeLanguage(locale.getLanguage());
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
