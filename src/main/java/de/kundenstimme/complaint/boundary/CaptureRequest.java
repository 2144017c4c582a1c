package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.complaint.entity.SocialNetwork;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A complaint as captured on the phone, from a letter or through the API. The special-case flags
 * are optional; left out they are false.
 */
public record CaptureRequest(
        @NotNull(message = "{complaint.channel.required}") Channel channel,
        SocialNetwork socialNetwork,
        Instant receivedAt,
        @NotNull(message = "{complaint.customer.required}") @Valid CustomerReference customer,
        @NotBlank(message = "{complaint.category.required}") @Size(max = 60) String categoryCode,
        @Size(max = 60) String productCode,
        @NotNull(message = "{complaint.priority.required}") Priority priority,
        @NotBlank(message = "{complaint.subject.required}") @Size(max = 200, message = "{complaint.subject.size}") String subject,
        @NotBlank(message = "{complaint.verbatim.required}") @Size(max = 20000, message = "{complaint.verbatim.size}") String verbatim,
        @Size(max = 5000, message = "{complaint.desiredOutcome.size}") String desiredOutcome,
        Boolean addressedToBoard,
        Boolean legalThreat,
        Boolean publicThreat) {
}
