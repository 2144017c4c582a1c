package de.kundenstimme.customer.control;

import de.kundenstimme.customer.entity.CustomerFields;
import org.apache.commons.codec.language.ColognePhonetic;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A source identity normalised once for comparing: every value in the form {@link Normalization}
 * gives it, names also as Kölner Phonetik codes.
 */
public record ComparableIdentity(SourceIdentity identity, String firstName, String lastName, String company,
                                 String dateOfBirth, String street, String houseNumber, String addressSupplement,
                                 String postalCode, String city, List<String> phones, List<String> emails,
                                 String firstNameCode, String lastNameCode) {

    private static final ColognePhonetic COLOGNE = new ColognePhonetic();

    public static ComparableIdentity of(SourceIdentity identity, Normalization normalization) {
        CustomerFields fields = identity.fields();
        String first = Normalization.name(fields.firstName());
        String last = Normalization.name(fields.lastName());
        return new ComparableIdentity(identity, first, last, Normalization.name(fields.company()),
                fields.dateOfBirth() == null ? null : fields.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE),
                Normalization.street(fields.street()), Normalization.houseNumber(fields.houseNumber()),
                Normalization.text(fields.addressSupplement()), Normalization.postalCode(fields.postalCode()),
                Normalization.text(fields.city()),
                fields.phones().stream().map(normalization::phone).filter(Objects::nonNull).distinct().toList(),
                fields.emails().stream().map(Normalization::email).filter(Objects::nonNull).distinct().toList(),
                phonetic(first), phonetic(last));
    }

    public long id() {
        return identity.id();
    }

    private static String phonetic(String name) {
        if (name == null) {
            return null;
        }
        String code = COLOGNE.colognePhonetic(name.replace(" ", ""));
        return code.isEmpty() ? null : code;
    }
}
