package de.kundenstimme.intake.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a customer sends through the public form. The limits are tighter than a handler's capture:
 * nobody types more than a few pages into a web form, a bot does. {@code website} is the honeypot,
 * a field people never see and bots fill in.
 */
public record WebFormSubmission(
        @Size(max = 100, message = "{customer.firstName.size}") String firstName,
        @NotBlank(message = "{intake.webForm.lastName.required}") @Size(max = 100, message = "{customer.lastName.size}") String lastName,
        @NotBlank(message = "{intake.webForm.email.required}") @Email(message = "{customer.email.invalid}")
        @Size(max = 254, message = "{customer.email.invalid}") String email,
        @Pattern(regexp = "^\\+?[0-9 ()/-]{5,40}$", message = "{customer.phone.invalid}") String phone,
        @NotBlank(message = "{intake.webForm.topic.required}") @Size(max = 60) String topic,
        @NotBlank(message = "{complaint.subject.required}") @Size(max = 200, message = "{complaint.subject.size}") String subject,
        @NotBlank(message = "{intake.webForm.message.required}") @Size(max = 5000, message = "{intake.webForm.message.size}") String message,
        @Size(max = 2000, message = "{intake.webForm.desiredOutcome.size}") String desiredOutcome,
        boolean consent,
        String website) {

    public boolean filledByBot() {
        return website != null && !website.isEmpty();
    }
}
