package de.kundenstimme.presentation.session;

import de.kundenstimme.administration.boundary.Accounts;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user changes their own password; the new one twice, against typing errors. */
@Named
@RequestScoped
public class PasswordBacking {

    private static final String FORM = "passwordForm";

    @Inject
    Accounts accounts;

    @Inject
    FacesMessages messages;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() {
        try {
            if (newPassword == null || !newPassword.equals(repeatedPassword)) {
                throw new InvalidInput("repeatedPassword", "account.password.mismatch");
            }
            accounts.changePassword(currentPassword, newPassword);
            messages.info("account.password.changed");
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
            FacesContext.getCurrentInstance().validationFailed();
        }
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
