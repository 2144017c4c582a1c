package de.kundenstimme.administration.control;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class VerifiedCredentialsTest {

    private final VerifiedCredentials verified = new VerifiedCredentials();
    private final CredentialValidationResult handler = new CredentialValidationResult("handler.service", Set.of("HANDLER"));

    @Test
    void recallsTheResultOnlyForTheSameNameAndPassword() {
        verified.remember(new UsernamePasswordCredential("handler.service", "geheim"), handler);

        assertSame(handler, verified.recall(new UsernamePasswordCredential("handler.service", "geheim")));
        assertNull(verified.recall(new UsernamePasswordCredential("handler.service", "Geheim")));
        assertNull(verified.recall(new UsernamePasswordCredential("handler.service", "")));
        assertNull(verified.recall(new UsernamePasswordCredential("handler.other", "geheim")));
    }

    @Test
    void forgetsAnAccountWhenItChangedInAnySpellingOfItsName() {
        verified.remember(new UsernamePasswordCredential("handler.service", "geheim"), handler);
        verified.remember(new UsernamePasswordCredential("Handler.Service", "geheim"), handler);
        CredentialValidationResult other = new CredentialValidationResult("manager.service", Set.of("MANAGER"));
        verified.remember(new UsernamePasswordCredential("manager.service", "geheim"), other);

        verified.forget(new VerifiedCredentials.AccountChanged("HANDLER.service"));

        assertNull(verified.recall(new UsernamePasswordCredential("handler.service", "geheim")));
        assertNull(verified.recall(new UsernamePasswordCredential("Handler.Service", "geheim")));
        assertSame(other, verified.recall(new UsernamePasswordCredential("manager.service", "geheim")));
    }
}
