package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.GoodwillKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A goodwill proposal: what, how much in EUR (cents at most) and why. */
public record GoodwillRequest(
        @NotNull(message = "{complaint.goodwill.kind.required}") GoodwillKind kind,
        @NotNull(message = "{complaint.goodwill.amount.required}")
        @DecimalMin(value = "0.00", inclusive = false, message = "{complaint.goodwill.amount.positive}")
        @DecimalMax(value = "100000.00", message = "{complaint.goodwill.amount.max}")
        @Digits(integer = 6, fraction = 2, message = "{complaint.goodwill.amount.cents}") BigDecimal amount,
        @NotBlank(message = "{complaint.goodwill.description.required}")
        @Size(max = 500, message = "{complaint.goodwill.description.size}") String description) {
}
