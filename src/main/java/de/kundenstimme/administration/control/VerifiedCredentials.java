package de.kundenstimme.administration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The REST API is stateless: every request brings its password, and checking it against the
 * stored PBKDF2 hash (plus the identity store's queries) would cost more than most requests
 * themselves. A successful check is remembered for {@link #LIFETIME} under a salted SHA-256 of
 * user name and password (never the password itself); any change to the account forgets it.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    /** Bounds the memory; a full cache is emptied and fills again from the identity store. */
    private static final int MAX_ENTRIES = 1_000;

    private final byte[] salt = new byte[16];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(salt);
    }

    /** The remembered result for exactly this user name and password, or null. */
    public CredentialValidationResult recall(UsernamePasswordCredential credential) {
        Verified entry = verified.get(key(credential.getCaller()));
        if (entry == null || System.nanoTime() - entry.until() >= 0
                || !MessageDigest.isEqual(entry.digest(), digest(credential))) {
            return null;
        }
        return entry.result();
    }

    public void remember(UsernamePasswordCredential credential, CredentialValidationResult result) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(key(credential.getCaller()), new Verified(digest(credential), result, System.nanoTime() + LIFETIME.toNanos()));
    }

    /** After a change to an account (password, roles, active) is written, or failed to be. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
        // The database compares user names without case: any spelling of the name may be remembered.
        verified.keySet().removeIf(name -> name.equalsIgnoreCase(change.username().strip()));
    }

    private byte[] digest(UsernamePasswordCredential credential) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(key(credential.getCaller()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String key(String username) {
        return username == null ? "" : username;
    }

    /** Until: in System.nanoTime(), the machine's clock, not the business clock tests may move. */
    private record Verified(byte[] digest, CredentialValidationResult result, long until) {
    }

    /** An account's password, roles or state changed: what was verified before no longer counts. */
    public record AccountChanged(String username) {
    }
}
