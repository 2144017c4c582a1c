package de.kundenstimme.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Texts from the one i18n bundle for the places Faces does not reach: API problems and
 * messages raised in boundaries. German is the bundle's default, English the second language.
 */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "de.kundenstimme.i18n.messages";
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Arguments that are keys of the bundle (an action, a state) are shown in the user's words. */
    public String text(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_JVM_FALLBACK);
            String pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] resolved = Arrays.stream(arguments)
                    .map(a -> a instanceof String k && bundle.containsKey(k) ? bundle.getString(k) : a)
                    .toArray();
            return new MessageFormat(pattern, locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Our constraints name a bundle key as their message ("{complaint.subject.required}"). */
    public String text(Locale locale, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            String text = text(locale, key);
            return text.equals(key) ? violation.getMessage() : text;
        }
        return violation.getMessage();
    }

    /** "capture.request.customer.email" becomes "customer.email": the field as the caller named it. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> {
            if (node.getKind() != ElementKind.METHOD) {
                nodes.add(node);
            }
        });
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        return nodes.stream().map(Path.Node::getName).collect(Collectors.joining("."));
    }
}
