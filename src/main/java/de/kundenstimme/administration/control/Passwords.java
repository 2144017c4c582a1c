package de.kundenstimme.administration.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes and checks passwords exactly as the login's identity store does (see the parameters on
 * {@code Authentication}): PBKDF2 with SHA-256, a random salt per password.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "3072",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
