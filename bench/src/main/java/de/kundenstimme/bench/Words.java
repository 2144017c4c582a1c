package de.kundenstimme.bench;

import java.util.Map;

/** German-looking names, places and complaint texts for the generated data. */
final class Words {

    private Words() {
    }

    static String ascii(String name) {
        return name.toLowerCase().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("ı", "i").replace("ğ", "g").replace("ş", "s").replace("ç", "c").replace(" ", "");
    }

    static final String[] FIRST_NAMES = {"Anna", "Jürgen", "Sophie", "Mehmet", "Claudia", "Thomas", "Lea", "Stefan",
            "Marie", "Özlem", "Klaus", "Julia", "Dieter", "Katrin", "Paul", "Agnieszka", "Frank", "Birgit", "Lukas",
            "Hannah", "Felix", "Emma", "Jonas", "Mia", "Leon", "Lena", "Maximilian", "Laura", "Niklas", "Sarah",
            "Tobias", "Sabine", "Andreas", "Monika", "Uwe", "Petra", "Wolfgang", "Ursula", "Ayşe", "Dimitrios",
            "Giuseppe", "Natalia", "Karl-Heinz", "Hans-Peter", "Gisela", "Renate", "Jan", "Tim", "Finn", "Ida"};
    static final String[] LAST_NAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Yılmaz", "Nowak", "Krüger", "Hartmann", "Lange", "Schmitt", "Werner",
            "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter",
            "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
            "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck",
            "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus",
            "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich",
            "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel",
            "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Kaya", "Demir"};
    static final String[][] PLACES = {{"50667", "Köln"}, {"40213", "Düsseldorf"}, {"44135", "Dortmund"},
            {"45127", "Essen"}, {"48143", "Münster"}, {"10115", "Berlin"}, {"10969", "Berlin"}, {"12043", "Berlin"},
            {"80331", "München"}, {"81667", "München"}, {"20095", "Hamburg"}, {"22765", "Hamburg"},
            {"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"04109", "Leipzig"}, {"33602", "Bielefeld"},
            {"01067", "Dresden"}, {"30159", "Hannover"}, {"90402", "Nürnberg"}, {"28195", "Bremen"}, {"47051", "Duisburg"},
            {"44787", "Bochum"}, {"42103", "Wuppertal"}, {"53111", "Bonn"}, {"68159", "Mannheim"}, {"76133", "Karlsruhe"},
            {"65183", "Wiesbaden"}, {"52062", "Aachen"}, {"24103", "Kiel"}, {"18055", "Rostock"}, {"99084", "Erfurt"},
            {"39104", "Magdeburg"}, {"14467", "Potsdam"}, {"66111", "Saarbrücken"}, {"55116", "Mainz"}, {"93047", "Regensburg"}};
    static final String[] STREETS = {"Hauptstraße", "Bahnhofstr.", "Schulstraße", "Gartenweg", "Lindenallee",
            "Goethestraße", "Am Markt", "Königsallee", "Friedrichstraße", "Mühlenweg", "Schillerstraße", "Kirchweg",
            "Birkenweg", "Rosenstraße", "Parkstraße", "Dorfstraße", "Bergstraße", "Waldstraße", "Ringstraße", "Am Anger"};
    static final String[] COMPANIES = {"Bäckerei Sonnenschein GmbH", "Müller & Söhne KG", "Praxis Dr. Weiß",
            "Café Kränzchen", "Autohaus Rheinblick GmbH", "Elektro Hansen e.K.", "Steuerbüro Lindner",
            "Gasthof zur Linde", "Blumen Rosi", "Schreinerei Holzwurm GmbH"};
    static final String[] HANDLER_NAMES = {"Nina Neumann", "Ole Ostermann", "Pia Paulsen", "Rainer Rausch",
            "Selin Sahin", "Tom Tiedemann", "Ute Ulrich", "Vera Vogt", "Wiebke Wendt", "Xaver Xylander",
            "Yvonne Yildiz", "Zoe Zander"};
    static final Map<String, String[]> SUBJECTS = Map.of(
            "LIEFERUNG", new String[]{"Paket kam zwei Wochen zu spät", "Sendung als zugestellt markiert, aber nie angekommen",
                    "Karton beim Empfang eingedrückt, Gerät zerkratzt", "Statt der bestellten Farbe eine andere geliefert",
                    "Lieferung ohne Ankündigung vor die Tür gestellt", "Spediteur hat den Liefertermin dreimal verschoben",
                    "Teillieferung ohne Hinweis", "Falscher Artikel im Paket", "Zubehör fehlt in der Lieferung",
                    "Rücksendeetikett funktioniert nicht"},
            "PRODUKT", new String[]{"Kaffeevollautomat nach drei Wochen defekt", "Waschmaschine verliert Wasser",
                    "Akku des Staubsaugers hält nur zehn Minuten", "Display des Fernsehers flackert",
                    "Artikel entspricht nicht der Beschreibung im Katalog", "Ersatzteil passt nicht",
                    "Gerät macht laute Geräusche", "Fernbedienung reagiert nicht", "Mahlwerk blockiert", "Tür schließt nicht richtig"},
            "RECHNUNG", new String[]{"Rechnungsbetrag doppelt abgebucht", "Gutschrift fehlt auf der Rechnung",
                    "Mahnung trotz pünktlicher Zahlung", "Falscher Mehrwertsteuersatz berechnet",
                    "Kündigung bestätigt, aber weiter abgebucht", "Rabattcode nicht berücksichtigt",
                    "Rechnung an falsche Adresse", "Lastschrift ohne Vorankündigung"},
            "SERVICE", new String[]{"Hotline seit Tagen nicht erreichbar", "Unfreundliche Behandlung am Telefon",
                    "Keine Antwort auf meine E-Mail seit drei Wochen", "Rückruf wurde zugesagt, kam aber nie",
                    "Bearbeitung meiner Reklamation dauert viel zu lange", "Techniker ist nicht erschienen",
                    "Widersprüchliche Auskünfte vom Kundenservice", "Chat bricht ständig ab"});
    static final String[] PRODUCTS_SPOKEN = {"Kaffeevollautomat KM 200", "Waschmaschine WM 8 kg", "Akku-Staubsauger X",
            "Serviceabo Plus", "Fernseher 55 Zoll", "Bestellung vom Wochenende", "Ersatzgerät"};
    static final String[] OPENINGS = {"Sehr geehrte Damen und Herren, ich muss mich leider beschweren:",
            "Ich bin wirklich enttäuscht.", "Hallo, ich wende mich an Sie, weil", "Guten Tag, zum wiederholten Mal:",
            "Ich bin seit Jahren Kunde und ärgere mich sehr:", "Liebes Team,"};
    static final String[] DETAILS = {"Ich habe bereits zweimal angerufen und niemand konnte mir helfen.",
            "Das ist für mich so nicht akzeptabel.", "Meine Nachbarin hat dasselbe Problem gehabt.",
            "Ich habe die Belege und Fotos aufbewahrt.", "Für ein Produkt in dieser Preisklasse erwarte ich mehr.",
            "Die Bestellnummer finden Sie im Anhang."};
    static final String[] CLOSINGS = {"Ich bitte um eine schnelle Lösung.", "Bitte melden Sie sich bei mir.",
            "Sonst muss ich mir überlegen, ob ich weiter bei Ihnen bestelle.", "Mit freundlichen Grüßen",
            "Ich erwarte eine Entschädigung."};
    static final String[] OUTCOMES = {"Erstattung des Kaufpreises", "Kostenloser Austausch des Geräts",
            "Gutschrift über die doppelte Abbuchung", "Rückruf durch eine Führungskraft", "Eine Entschuldigung"};
    static final String[] SOLUTIONS = {"Austauschgerät versandt, Abholung des defekten Geräts vereinbart.",
            "Betrag wurde erstattet, Gutschrift über 15 EUR als Entschuldigung.", "Neuzustellung per Express vereinbart.",
            "Rechnung korrigiert und neu versandt.", "Reparatur durch den Kundendienst vor Ort vereinbart."};
    static final String[] STEPS = {"Sachverhalt mit der Fachabteilung klären", "Sendungsverfolgung beim Spediteur anfragen",
            "Buchungen der letzten drei Monate prüfen", "Techniker-Termin vereinbaren", "Gesprächsprotokoll anfordern"};
    static final String[] CALL_NOTES = {"Kundin/Kunde telefonisch erreicht, Sachverhalt aufgenommen.",
            "Rückruf erfolgt, Fotos per E-Mail angefordert.", "Kunde verärgert, Lösung bis Ende der Woche zugesagt."};
}
