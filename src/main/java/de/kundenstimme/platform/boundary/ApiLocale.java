package de.kundenstimme.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The API answers in German when the caller asks for it, in English otherwise. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "de".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
