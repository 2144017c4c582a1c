package de.kundenstimme.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Collections;
import java.util.Locale;
import java.util.stream.Stream;

/** The API answers in German when the caller asks for it, in English otherwise. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        return firstSupported(headers.getAcceptableLanguages().stream());
    }

    /**
     * The same for answers given before JAX-RS, by the authentication. Without the header the
     * servlet request offers the server's own locale, which the caller never asked for.
     */
    public static Locale of(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH
                : firstSupported(Collections.list(request.getLocales()).stream());
    }

    private static Locale firstSupported(Stream<Locale> acceptable) {
        return acceptable
                .filter(l -> "de".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
