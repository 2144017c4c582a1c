package de.kundenstimme.presentation.session;

import de.kundenstimme.administration.control.LoginThrottle;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The login form; a failed login says no more than that name and password did not match, or that
 * the name is locked for a while after too many failures.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final String ORIGINAL_REQUEST = "kundenstimme.originalRequest";

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    BusinessTime time;

    @NotBlank
    @Size(max = 60)
    private String username;
    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession oldSession = request.getSession(false);
        String original = oldSession == null ? null : (String) oldSession.getAttribute(ORIGINAL_REQUEST);
        if (oldSession != null) {
            // A new session id after login, so a session id planted before cannot be used.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.getSessionMap().remove(ORIGINAL_REQUEST);
            external.redirect(external.getRequestContextPath() + (original == null ? "/index.xhtml" : original));
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "i18n");
            String message = throttle.isLocked(username, time.now()) ? "login.locked" : "login.failed";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString(message), null));
            password = null;
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
