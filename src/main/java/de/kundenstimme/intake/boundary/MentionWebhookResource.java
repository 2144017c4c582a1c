package de.kundenstimme.intake.boundary;

import de.kundenstimme.complaint.entity.SocialNetwork;
import de.kundenstimme.intake.control.WebhookSignature;
import de.kundenstimme.intake.entity.Mention;
import de.kundenstimme.platform.boundary.Problem;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The webhook that takes in posts from social networks and review sites. No login: the caller
 * proves itself by an HMAC signature with the shared secret (MENTIONS_WEBHOOK_SECRET) over the
 * timestamp, a nonce and the raw body; unsigned, forged, stale and replayed calls are refused.
 */
@Path("v1/mentions/webhook")
@RequestScoped
public class MentionWebhookResource {

    public static final String SIGNATURE = "X-Kundenstimme-Signature";
    public static final String TIMESTAMP = "X-Kundenstimme-Timestamp";
    public static final String NONCE = "X-Kundenstimme-Nonce";
    static final int BODY_MAX = 64 * 1024;
    private static final Set<String> FIELDS = Set.of("network", "externalId", "author", "text", "url", "postedAt");
    private static final Map<String, Integer> LIMITS = Map.of("externalId", 200, "author", 200, "text", 5000, "url", 2000);

    @Inject
    Mentions mentions;

    @Inject
    BusinessTime time;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam(SIGNATURE) String signature, @HeaderParam(TIMESTAMP) String timestamp,
                            @HeaderParam(NONCE) String nonce, byte[] body) {
        Optional<String> secret = Optional.ofNullable(System.getenv("MENTIONS_WEBHOOK_SECRET")).filter(s -> !s.isBlank());
        if (secret.isEmpty()) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "The webhook has no shared secret configured.");
        }
        if (body == null || body.length > BODY_MAX) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body must be at most " + BODY_MAX + " bytes.");
        }
        switch (WebhookSignature.check(secret.get(), timestamp, nonce, body, signature, time.now())) {
            case UNSIGNED:
                return Problem.response(Response.Status.UNAUTHORIZED, "The call must be signed (" + SIGNATURE + ", "
                        + TIMESTAMP + ", " + NONCE + ").");
            case FORGED:
                return Problem.response(Response.Status.UNAUTHORIZED, "The signature does not match.");
            case STALE:
                return Problem.response(Response.Status.UNAUTHORIZED, "The timestamp is more than "
                        + WebhookSignature.TOLERANCE.toMinutes() + " minutes away from the server's clock.");
            default:
                break;
        }
        MentionPost post;
        try {
            post = parse(body);
        } catch (IllegalArgumentException | JsonException | ClassCastException | DateTimeParseException malformed) {
            return Problem.response(Response.Status.BAD_REQUEST, "Malformed mention: " + malformed.getMessage());
        }
        try {
            Mentions.Received received = mentions.receive(post, nonce);
            Mention mention = received.mention();
            return Response.status(received.isNew() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(Json.createObjectBuilder().add("id", mention.getId()).add("score", mention.getScore())
                            .add("status", mention.getStatus().name()).build().toString())
                    .type(MediaType.APPLICATION_JSON).build();
        } catch (Replayed replayed) {
            return Problem.response(Response.Status.CONFLICT, "This call was received before (nonce already used).");
        }
    }

    static MentionPost parse(byte[] body) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.readObject();
        }
        for (String key : json.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new IllegalArgumentException("unknown field " + key);
            }
        }
        SocialNetwork network;
        try {
            network = SocialNetwork.valueOf(required(json, "network"));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("network must be one of TWITTER_X, FACEBOOK, INSTAGRAM, OTHER");
        }
        String url = optional(json, "url");
        if (url != null && !url.matches("(?i)^https?://\\S+$")) {
            throw new IllegalArgumentException("url must be an http(s) address");
        }
        return new MentionPost(network, required(json, "externalId"), required(json, "author"), required(json, "text"),
                url, Instant.parse(required(json, "postedAt")));
    }

    private static String required(JsonObject json, String key) {
        String value = optional(json, key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value;
    }

    private static String optional(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException(key + " must be a string");
        }
        String text = ((JsonString) value).getString();
        Integer limit = LIMITS.get(key);
        if (limit != null && text.length() > limit) {
            throw new IllegalArgumentException(key + " is longer than " + limit + " characters");
        }
        return text;
    }
}
