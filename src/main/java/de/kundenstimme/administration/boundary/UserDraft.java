package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * An account as the admin enters it; no id for a new one. The password is only for a new account
 * (or a reset) and is never kept in clear.
 */
public record UserDraft(
        Long id,
        @NotBlank(message = "{administration.user.username.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{administration.user.username.pattern}") String username,
        @NotBlank(message = "{administration.name.required}") @Size(max = 120, message = "{administration.name.size}")
        String fullName,
        @NotBlank(message = "{administration.user.email.required}") @Size(max = 254, message = "{administration.user.email.invalid}")
        @Email(message = "{administration.user.email.invalid}") String email,
        Long departmentId,
        @NotEmpty(message = "{administration.user.roles.required}") Set<Role> roles,
        boolean active,
        String password) {
}
