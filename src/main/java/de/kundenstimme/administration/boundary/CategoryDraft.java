package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.entity.Routing;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category as the admin enters it; no id for a new one. A second-level category without a
 * department takes its parent's.
 */
public record CategoryDraft(
        Long id,
        @NotBlank(message = "{administration.code.required}") @Size(max = 60, message = "{administration.category.code.size}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{administration.code.pattern}") String code,
        @NotBlank(message = "{administration.category.nameDe.required}")
        @Size(max = 120, message = "{administration.name.size}") String nameDe,
        @NotBlank(message = "{administration.category.nameEn.required}")
        @Size(max = 120, message = "{administration.name.size}") String nameEn,
        Long parentId,
        Long departmentId,
        @NotNull(message = "{administration.category.routing.required}") Routing routing,
        Long defaultOwnerId,
        boolean active) {
}
