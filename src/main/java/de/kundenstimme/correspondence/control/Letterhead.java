package de.kundenstimme.correspondence.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** The company's letterhead from the admin settings (letterhead.*), printed on every letter. */
public record Letterhead(String company, String street, String city, String phone, String email, String signature) {

    public static final String PREFIX = "letterhead.";

    public static Letterhead of(Map<String, String> settings) {
        return new Letterhead(settings.getOrDefault(PREFIX + "company", ""), settings.getOrDefault(PREFIX + "street", ""),
                settings.getOrDefault(PREFIX + "city", ""), settings.getOrDefault(PREFIX + "phone", ""),
                settings.getOrDefault(PREFIX + "email", ""), settings.getOrDefault(PREFIX + "signature", ""));
    }

    /** The return line above the address: sender in one line, as the window of the envelope shows it. */
    public String returnLine() {
        return String.join(" · ", java.util.stream.Stream.of(company, street, city).filter(s -> s != null && !s.isBlank()).toList());
    }

    public Map<String, String> toStored() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(PREFIX + "company", company);
        stored.put(PREFIX + "street", street);
        stored.put(PREFIX + "city", city);
        stored.put(PREFIX + "phone", phone);
        stored.put(PREFIX + "email", email);
        stored.put(PREFIX + "signature", signature);
        return stored;
    }
}
