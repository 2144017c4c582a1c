package de.kundenstimme.complaint.control;

/**
 * The 16 German federal states (Bundesländer), named by their ISO 3166-2 codes. Public
 * holidays, and therefore business days, differ between them.
 */
public enum FederalState {
    BW("Baden-Württemberg", "bw"),
    BY("Bayern", "by"),
    BE("Berlin", "be"),
    BB("Brandenburg", "bb"),
    HB("Bremen", "hb"),
    HH("Hamburg", "hh"),
    HE("Hessen", "he"),
    MV("Mecklenburg-Vorpommern", "mv"),
    NI("Niedersachsen", "ni"),
    NW("Nordrhein-Westfalen", "nw"),
    RP("Rheinland-Pfalz", "rp"),
    SL("Saarland", "sl"),
    SN("Sachsen", "sn"),
    ST("Sachsen-Anhalt", "st"),
    SH("Schleswig-Holstein", "sh"),
    TH("Thüringen", "th");

    private final String displayName;
    private final String holidaySubdivision;

    FederalState(String displayName, String holidaySubdivision) {
        this.displayName = displayName;
        this.holidaySubdivision = holidaySubdivision;
    }

    /** German name, e.g. "Bayern". */
    public String displayName() {
        return displayName;
    }

    /** The subdivision of jollyday's German holiday calendar ({@code Holidays_de.xml}) for this state. */
    public String holidaySubdivision() {
        return holidaySubdivision;
    }
}
