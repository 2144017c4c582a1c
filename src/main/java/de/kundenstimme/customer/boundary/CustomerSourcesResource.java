package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.ImportRun;
import de.kundenstimme.customer.entity.MappedField;
import de.kundenstimme.customer.entity.NameLayout;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.customer.entity.StreetLayout;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumMap;
import java.util.Map;

/** REST API v1 of the customer sources: define, change or delete a source, upload a file, run a source's query. */
@Path("v1/customer-sources")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerSourcesResource {

    @Inject
    CustomerSources sources;

    @Inject
    Imports imports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(JsonObject body) {
        CustomerSource source = sources.save(draft(null, body));
        return Response.status(Response.Status.CREATED).entity(described(source)).build();
    }

    /** Changes a source: the whole definition as for defining it; its records and token stay. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") long id, JsonObject body) {
        return Response.ok(described(sources.save(draft(id, body)))).build();
    }

    /** Deletes a source that has no records yet; one with records answers 400 with the reason. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        sources.delete(id);
        return Response.noContent().build();
    }

    private static JsonObject described(CustomerSource source) {
        return Json.createObjectBuilder().add("id", source.getId()).add("name", source.getName())
                .add("pushToken", source.getPushToken()).build();
    }

    @POST
    @Path("{id}/imports")
    @Consumes({"text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] content) {
        return started(imports.upload(id, fileName, content));
    }

    @POST
    @Path("{id}/queries")
    public Response query(@PathParam("id") long id) {
        return started(imports.query(id));
    }

    private static Response started(ImportRun run) {
        return Response.accepted(Json.createObjectBuilder().add("runId", run.getId()).build()).build();
    }

    private static SourceDraft draft(Long id, JsonObject body) {
        try {
            Map<MappedField, String> mapping = new EnumMap<>(MappedField.class);
            JsonObject given = body.getJsonObject("mapping");
            if (given != null) {
                given.forEach((field, column) -> mapping.put(MappedField.valueOf(field), ((JsonString) column).getString()));
            }
            if (body == null) {
                throw new InvalidInput("body", "customer.sources.invalid");
            }
            Long department = body.containsKey("departmentId") && !body.isNull("departmentId")
                    ? body.getJsonNumber("departmentId").longValueExact() : null;
            return new SourceDraft(id, text(body, "name"), department, SourceKind.valueOf(text(body, "kind")),
                    body.getInt("trustRank", 0), mapping,
                    body.containsKey("nameLayout") ? NameLayout.valueOf(text(body, "nameLayout")) : null,
                    body.containsKey("streetLayout") ? StreetLayout.valueOf(text(body, "streetLayout")) : null,
                    text(body, "jdbcUrl"), text(body, "jdbcUser"), text(body, "jdbcPassword"), text(body, "sqlQuery"));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | ArithmeticException malformed) {
            throw new InvalidInput("body", "customer.sources.invalid");
        }
    }

    static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidInput(name, "customer.sources.invalid");
    }
}
