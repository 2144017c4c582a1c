package de.kundenstimme.complaint.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A new resolution step: what to do, who does it, by when. */
public record StepRequest(
        @NotBlank(message = "{complaint.step.description.required}")
        @Size(max = 500, message = "{complaint.step.description.size}") String description,
        Long responsibleUserId,
        Long responsibleDepartmentId,
        LocalDate dueDate) {
}
