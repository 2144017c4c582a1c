package de.kundenstimme.customer.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which identities meet for a comparison. Only identities sharing a key are
 * compared, so the cost grows with the records, not with their square. Several keys let a
 * typo in one field still meet through another: a name's sound with the postal code (given and
 * last name in one key space, so swapped names meet), both names' sounds together, the date of
 * birth with a name initial, the street with the house number, each e-mail and each phone.
 */
public final class Blocking {

    private Blocking() {
    }

    public static List<String> keys(ComparableIdentity identity) {
        List<String> keys = new ArrayList<>(8);
        String postalCode = identity.postalCode();
        String first = identity.firstNameCode();
        String last = identity.lastNameCode();
        if (postalCode != null) {
            addIfPresent(keys, "n", last, postalCode);
            addIfPresent(keys, "n", first, postalCode);
            if (identity.company() != null) {
                keys.add("c" + identity.company() + "|" + postalCode);
            }
        }
        if (first != null && last != null) {
            keys.add(first.compareTo(last) <= 0 ? "p" + first + "|" + last : "p" + last + "|" + first);
        }
        if (identity.dateOfBirth() != null) {
            addIfPresent(keys, "d", initial(identity.lastName()), identity.dateOfBirth());
            addIfPresent(keys, "d", initial(identity.firstName()), identity.dateOfBirth());
        }
        if (identity.street() != null && identity.houseNumber() != null) {
            keys.add("s" + identity.street() + "|" + identity.houseNumber());
        }
        identity.emails().forEach(email -> keys.add("e" + email));
        identity.phones().forEach(phone -> keys.add("t" + phone));
        return keys;
    }

    /**
     * A key as one long, stored per record so that the records a new one meets are found in the
     * database: FNV-1a over the characters with a final mix, so the high bits are well spread.
     */
    public static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    private static void addIfPresent(List<String> keys, String kind, String part, String rest) {
        if (part != null) {
            keys.add(kind + part + "|" + rest);
        }
    }

    private static String initial(String name) {
        return name == null ? null : name.substring(0, 1);
    }
}
