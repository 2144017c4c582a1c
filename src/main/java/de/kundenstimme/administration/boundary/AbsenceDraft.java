package de.kundenstimme.administration.boundary;

import de.kundenstimme.administration.entity.AbsenceKind;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** An absence as a manager or admin enters it: who, why, from and to (both included), and the deputy. */
public record AbsenceDraft(
        @NotNull(message = "{administration.absence.user.required}") Long userId,
        @NotNull(message = "{administration.absence.kind.required}") AbsenceKind kind,
        @NotNull(message = "{administration.absence.startsOn.required}") LocalDate startsOn,
        @NotNull(message = "{administration.absence.endsOn.required}") LocalDate endsOn,
        @NotNull(message = "{administration.absence.deputy.required}") Long deputyId) {
}
