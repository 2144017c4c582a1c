package de.kundenstimme.platform.boundary;

import jakarta.json.JsonArray;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * JSON as this API means it. The server's JSON-B is lenient where a complaint system must not
 * be: it binds the first element of an array to an object and truncates 41.9 to the id 41.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Ids and other whole numbers must be written as whole numbers. */
    @Provider
    public static class Binding implements ContextResolver<Jsonb> {

        private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeNumber()));

        @Override
        public Jsonb getContext(Class<?> type) {
            return jsonb;
        }
    }

    static class WholeNumber implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return parser.getBigDecimal().longValueExact();
            } catch (ArithmeticException | IllegalStateException | NumberFormatException notWhole) {
                throw new JsonbException("A whole number is expected", notWhole);
            }
        }
    }

    /** A body meant as one object must be one object, not an array of them. */
    @Provider
    public static class ObjectBody implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            // A parameter that can hold an array (a list, a JsonArray, any JsonStructure) takes one and checks it itself.
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                    && !context.getType().isArray() && !Collection.class.isAssignableFrom(context.getType())
                    && !context.getType().isAssignableFrom(JsonArray.class)) {
                PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
                int first = firstNonBlank(body);
                if (first != -1 && first != '{') {
                    throw new BadRequestException(new ProcessingException("A JSON object is expected"));
                }
                if (first != -1) {
                    body.unread(first);
                }
                context.setInputStream(body);
            }
            return context.proceed();
        }

        private static int firstNonBlank(InputStream in) throws IOException {
            int next = in.read();
            while (next == ' ' || next == '\t' || next == '\n' || next == '\r') {
                next = in.read();
            }
            return next;
        }
    }
}
