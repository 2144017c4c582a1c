package de.kundenstimme.administration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A department as the admin enters it; no id for a new one. The head is one of its users. */
public record DepartmentDraft(
        Long id,
        @NotBlank(message = "{administration.code.required}") @Size(max = 40, message = "{administration.department.code.size}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{administration.code.pattern}") String code,
        @NotBlank(message = "{administration.name.required}") @Size(max = 120, message = "{administration.name.size}") String name,
        Long headId) {
}
