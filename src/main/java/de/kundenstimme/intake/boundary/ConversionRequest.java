package de.kundenstimme.intake.boundary;

import de.kundenstimme.complaint.entity.Priority;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the handler adds when a mention becomes a complaint: the case's category and priority, the
 * customer's name and contact as learned in the private channel, and the public reply given.
 */
public record ConversionRequest(
        @NotBlank(message = "{complaint.category.required}") String categoryCode,
        @NotNull(message = "{complaint.priority.required}") Priority priority,
        @NotBlank(message = "{complaint.subject.required}") @Size(max = 200, message = "{complaint.subject.size}") String subject,
        @NotBlank(message = "{intake.mention.lastName.required}") @Size(max = 100, message = "{customer.lastName.size}") String lastName,
        @Email(message = "{customer.email.invalid}") @Size(max = 254, message = "{customer.email.invalid}") String email,
        @Pattern(regexp = "^\\+?[0-9 ()/-]{5,40}$", message = "{customer.phone.invalid}") String phone,
        @NotBlank(message = "{intake.mention.publicReply.required}") @Size(max = 2000, message = "{intake.mention.publicReply.size}") String publicReply) {
}
