package de.kundenstimme.platform.control;

import de.kundenstimme.administration.control.Passwords;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.administration.entity.Product;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.Routing;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.control.CaseNumbers;
import de.kundenstimme.complaint.control.ComplaintRouter;
import de.kundenstimme.complaint.control.DeadlinePolicy;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Intake;
import de.kundenstimme.complaint.entity.LifecycleAction;
import de.kundenstimme.complaint.entity.NoteKind;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.complaint.entity.SocialNetwork;
import de.kundenstimme.complaint.entity.StepState;
import de.kundenstimme.customer.boundary.Customers;
import de.kundenstimme.customer.entity.ContactData;
import de.kundenstimme.customer.entity.Customer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo profile's company (KUNDENSTIMME_DEMO=true): departments, categories, the demo users
 * of README.md and a few hundred German complaints in every state. Runs once on an empty
 * database and the same way every time (fixed seed).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String DEMO_PASSWORD = "demo";
    private static final int COMPLAINTS = 320;
    private static final int CUSTOMERS = 140;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    DeadlinePolicy deadlinePolicy;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    ComplaintRouter router;

    @Inject
    Customers customers;

    @Inject
    BusinessTime time;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private final Random random = new Random(20261123L);

    @PostConstruct
    void load() {
        if (!"true".equalsIgnoreCase(System.getenv("KUNDENSTIMME_DEMO"))) {
            return;
        }
        if (em.createNamedQuery(Department.ALL, Department.class).getResultList().isEmpty()) {
            createCompany();
        }
        LOG.info(() -> "Kundenstimme demo ready: http://localhost:8080/kundenstimme – users admin, handler.service,"
                + " handler.service2, handler.logistik, handler.abrechnung, manager.service, manager.logistik, executive; password '"
                + DEMO_PASSWORD + "'");
    }

    private void createCompany() {
        Department service = persist(new Department("SERVICE", "Kundenservice"));
        Department logistics = persist(new Department("LOGISTIK", "Logistik"));
        Department billing = persist(new Department("ABRECHNUNG", "Abrechnung"));

        user("admin", "Anna Admin", null, Role.ADMIN);
        User handlerService = user("handler.service", "Sabine Sommer", service, Role.HANDLER);
        user("handler.service2", "Jonas Becker", service, Role.HANDLER);
        User handlerLogistics = user("handler.logistik", "Lukas Lehmann", logistics, Role.HANDLER);
        User handlerBilling = user("handler.abrechnung", "Aylin Demir", billing, Role.HANDLER);
        User managerService = user("manager.service", "Markus Meier", service, Role.MANAGER);
        user("manager.logistik", "Petra Pohl", logistics, Role.MANAGER);
        user("executive", "Eva Engel", null, Role.EXECUTIVE);
        service.setHead(managerService);
        logistics.setHead(handlerLogistics);
        billing.setHead(handlerBilling);

        // Kundenservice has two handlers: most of its categories go round-robin by workload.
        List<Category> leaves = new ArrayList<>();
        Category delivery = category("LIEFERUNG", "Lieferung", "Delivery", null, logistics, handlerLogistics);
        leaves.add(category("LIEFERUNG_VERSPAETUNG", "Verspätung", "Delay", delivery, logistics, handlerLogistics));
        leaves.add(category("LIEFERUNG_BESCHAEDIGT", "Beschädigte Ware", "Damaged goods", delivery, logistics, handlerLogistics));
        leaves.add(category("LIEFERUNG_FALSCH", "Falscher Artikel", "Wrong item", delivery, logistics, handlerLogistics));
        Category product = category("PRODUKT", "Produktqualität", "Product quality", null, service, null);
        leaves.add(category("PRODUKT_DEFEKT", "Defekt", "Defect", product, service, null));
        leaves.add(category("PRODUKT_BESCHREIBUNG", "Abweichung von der Beschreibung", "Not as described", product, service, null));
        Category invoice = category("RECHNUNG", "Rechnung", "Invoice", null, billing, handlerBilling);
        leaves.add(category("RECHNUNG_FEHLER", "Fehlerhafte Rechnung", "Wrong invoice", invoice, billing, handlerBilling));
        leaves.add(category("RECHNUNG_DOPPELT", "Doppelte Abbuchung", "Charged twice", invoice, billing, handlerBilling));
        Category support = category("SERVICE", "Kundenservice", "Customer service", null, service, null);
        leaves.add(category("SERVICE_ERREICHBARKEIT", "Erreichbarkeit", "Availability", support, service, handlerService));
        leaves.add(category("SERVICE_FREUNDLICHKEIT", "Freundlichkeit", "Friendliness", support, service, null));
        leaves.add(category("SERVICE_BEARBEITUNGSZEIT", "Bearbeitungsdauer", "Processing time", support, service, null));

        List<Product> products = List.of(
                persist(new Product("KM-200", "Kaffeevollautomat KM 200")),
                persist(new Product("WM-8", "Waschmaschine WM 8 kg")),
                persist(new Product("STAUB-X", "Akku-Staubsauger X")),
                persist(new Product("ABO-PLUS", "Serviceabo Plus")),
                persist(new Product("TV-55", "Fernseher 55 Zoll")));

        List<Customer> people = new ArrayList<>();
        Instant now = time.now();
        for (int i = 0; i < CUSTOMERS; i++) {
            people.add(customers.create(randomContact(i), now));
        }
        for (int i = 0; i < COMPLAINTS; i++) {
            complaint(leaves.get(random.nextInt(leaves.size())), products, people.get(random.nextInt(people.size())), now);
            if (i % 50 == 49) {
                em.flush();
                em.clear();
            }
        }
    }

    private void complaint(Category category, List<Product> products, Customer customer, Instant now) {
        Category attached = em.find(Category.class, category.getId());
        Customer person = em.find(Customer.class, customer.getId());
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        Priority priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
        Instant receivedAt = now.minus(Duration.ofMinutes(random.nextInt(150 * 24 * 60)));
        String[] text = TEXTS.get(attached.getParent().getCode());
        String subject = text[random.nextInt(text.length)];
        Intake intake = new Intake(channel, channel.hasNetwork() ? SocialNetwork.values()[random.nextInt(4)] : null,
                receivedAt, priority, subject, verbatim(subject), random.nextBoolean() ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null);
        Product product = random.nextInt(3) == 0 ? null : em.find(Product.class, products.get(random.nextInt(products.size())).getId());
        User owner = router.ownerFor(attached);
        String actor = owner == null ? "admin" : owner.getUsername();
        Complaint complaint = new Complaint(intake, person, attached, product, owner,
                deadlinePolicy.forNewCase(receivedAt, priority),
                caseNumbers.next(BusinessTime.dateOf(receivedAt).getYear()), actor, receivedAt);
        em.persist(complaint);
        advance(complaint, actor, receivedAt, now);
    }

    /** Older cases have come further: the lifecycle is walked as a handler would, never past today. */
    private void advance(Complaint complaint, String actor, Instant receivedAt, Instant now) {
        long ageDays = Duration.between(receivedAt, now).toDays();
        int stage = (int) Math.min(6, ageDays / 8 + random.nextInt(3));
        Instant at = receivedAt.plus(Duration.ofHours(3));
        if (stage < 1 || at.isAfter(now)) {
            return;
        }
        complaint.apply(LifecycleAction.ACKNOWLEDGE, null, null, actor, at);
        at = at.plus(Duration.ofHours(20));
        if (stage < 2 || at.isAfter(now)) {
            return;
        }
        complaint.apply(LifecycleAction.START, null, null, actor, at);
        complaint.addNote(NoteKind.PHONE_CALL, "Kundin/Kunde telefonisch erreicht, Sachverhalt aufgenommen.", actor, at);
        complaint.addStep("Sachverhalt mit der Fachabteilung klären", null, complaint.getDepartment(), null, actor, at);
        at = at.plus(Duration.ofDays(2));
        if (stage == 3 && random.nextBoolean() && !at.isAfter(now)) {
            complaint.apply(LifecycleAction.WAIT_FOR_CUSTOMER, null, null, actor, at);
            return;
        }
        if (stage < 4 || at.isAfter(now)) {
            return;
        }
        complaint.finishStep(complaint.getSteps().get(0), StepState.DONE, "Ursache bestätigt.", actor, at);
        if (random.nextInt(10) == 0) {
            complaint.apply(LifecycleAction.REJECT, "Die Beanstandung ist nach Prüfung unbegründet.", null, actor, at);
            return;
        }
        complaint.apply(LifecycleAction.RESOLVE, null, SOLUTIONS[random.nextInt(SOLUTIONS.length)], actor, at);
        at = at.plus(Duration.ofDays(1));
        if (stage < 5 || at.isAfter(now)) {
            return;
        }
        complaint.addNote(NoteKind.FINAL_ANSWER_BY_PHONE, "Lösung telefonisch mitgeteilt, Kunde ist einverstanden.", actor, at);
        complaint.apply(LifecycleAction.CLOSE, null, null, actor, at);
    }

    private User user(String username, String fullName, Department department, Role role) {
        String email = username + "@kundenstimme.example";
        return persist(new User(username, passwords.hash(DEMO_PASSWORD), fullName, email, department,
                Set.copyOf(EnumSet.of(role))));
    }

    /** A category with a default owner, or round-robin among the department's handlers without one. */
    private Category category(String code, String nameDe, String nameEn, Category parent, Department department, User owner) {
        Category category = new Category(code, nameDe, nameEn, parent, department, owner);
        category.routeTo(department, owner == null ? Routing.ROUND_ROBIN : Routing.DEFAULT_OWNER, owner);
        return persist(category);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private ContactData randomContact(int i) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String[] place = PLACES[random.nextInt(PLACES.length)];
        String mail = (first + "." + last).toLowerCase().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss") + i + "@example.de";
        String company = i % 12 == 0 ? COMPANIES[random.nextInt(COMPANIES.length)] : null;
        return new ContactData(random.nextBoolean() ? "Frau" : "Herr", first, last, company, mail,
                "+49 " + (150 + random.nextInt(30)) + " " + (1000000 + random.nextInt(8999999)),
                STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)), place[0], place[1]);
    }

    private String verbatim(String subject) {
        return OPENINGS[random.nextInt(OPENINGS.length)] + " " + subject + ". "
                + DETAILS[random.nextInt(DETAILS.length)] + " " + CLOSINGS[random.nextInt(CLOSINGS.length)];
    }

    private static final Priority[] PRIORITIES = {Priority.LOW, Priority.NORMAL, Priority.NORMAL, Priority.NORMAL,
            Priority.HIGH, Priority.HIGH, Priority.CRITICAL};
    private static final Map<String, String[]> TEXTS = Map.of(
            "LIEFERUNG", new String[]{"Paket kam zwei Wochen zu spät", "Sendung als zugestellt markiert, aber nie angekommen",
                    "Karton beim Empfang eingedrückt, Gerät zerkratzt", "Statt der bestellten Farbe eine andere geliefert",
                    "Lieferung ohne Ankündigung vor die Tür gestellt", "Spediteur hat den Liefertermin dreimal verschoben"},
            "PRODUKT", new String[]{"Kaffeevollautomat nach drei Wochen defekt", "Waschmaschine verliert Wasser",
                    "Akku des Staubsaugers hält nur zehn Minuten", "Display des Fernsehers flackert",
                    "Artikel entspricht nicht der Beschreibung im Katalog", "Ersatzteil passt nicht"},
            "RECHNUNG", new String[]{"Rechnungsbetrag doppelt abgebucht", "Gutschrift fehlt auf der Rechnung",
                    "Mahnung trotz pünktlicher Zahlung", "Falscher Mehrwertsteuersatz berechnet",
                    "Kündigung bestätigt, aber weiter abgebucht"},
            "SERVICE", new String[]{"Hotline seit Tagen nicht erreichbar", "Unfreundliche Behandlung am Telefon",
                    "Keine Antwort auf meine E-Mail seit drei Wochen", "Rückruf wurde zugesagt, kam aber nie",
                    "Bearbeitung meiner Reklamation dauert viel zu lange"});
    private static final String[] OPENINGS = {"Sehr geehrte Damen und Herren, ich muss mich leider beschweren:",
            "Ich bin wirklich enttäuscht.", "Hallo, ich wende mich an Sie, weil", "Guten Tag, zum wiederholten Mal:",
            "Ich bin seit Jahren Kunde und ärgere mich sehr:"};
    private static final String[] DETAILS = {"Ich habe bereits zweimal angerufen und niemand konnte mir helfen.",
            "Das ist für mich so nicht akzeptabel.", "Meine Nachbarin hat dasselbe Problem gehabt.",
            "Ich habe die Belege und Fotos aufbewahrt.", "Für ein Produkt in dieser Preisklasse erwarte ich mehr."};
    private static final String[] CLOSINGS = {"Ich bitte um eine schnelle Lösung.", "Bitte melden Sie sich bei mir.",
            "Sonst muss ich mir überlegen, ob ich weiter bei Ihnen bestelle.", "Mit freundlichen Grüßen",
            "Ich erwarte eine Entschädigung."};
    private static final String[] OUTCOMES = {"Erstattung des Kaufpreises", "Kostenloser Austausch des Geräts",
            "Gutschrift über die doppelte Abbuchung", "Rückruf durch eine Führungskraft", "Eine Entschuldigung"};
    private static final String[] SOLUTIONS = {"Austauschgerät versandt, Abholung des defekten Geräts vereinbart.",
            "Betrag wurde erstattet, Gutschrift über 15 EUR als Entschuldigung.", "Neuzustellung per Express vereinbart.",
            "Rechnung korrigiert und neu versandt.", "Reparatur durch den Kundendienst vor Ort vereinbart."};
    private static final String[] FIRST_NAMES = {"Anna", "Jürgen", "Sophie", "Mehmet", "Claudia", "Thomas", "Lea",
            "Stefan", "Marie", "Özlem", "Klaus", "Julia", "Dieter", "Katrin", "Paul", "Agnieszka", "Frank", "Birgit"};
    private static final String[] LAST_NAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Yılmaz", "Nowak", "Krüger", "Hartmann"};
    private static final String[][] PLACES = {{"50667", "Köln"}, {"40213", "Düsseldorf"}, {"44135", "Dortmund"},
            {"45127", "Essen"}, {"48143", "Münster"}, {"10115", "Berlin"}, {"80331", "München"}, {"20095", "Hamburg"},
            {"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"04109", "Leipzig"}, {"33602", "Bielefeld"}};
    private static final String[] STREETS = {"Hauptstraße", "Bahnhofstr.", "Schulstraße", "Gartenweg", "Lindenallee",
            "Goethestraße", "Am Markt", "Königsallee", "Friedrichstraße", "Mühlenweg"};
    private static final String[] COMPANIES = {"Bäckerei Sonnenschein GmbH", "Müller & Söhne KG", "Praxis Dr. Weiß",
            "Café Kränzchen", "Autohaus Rheinblick GmbH"};
}
