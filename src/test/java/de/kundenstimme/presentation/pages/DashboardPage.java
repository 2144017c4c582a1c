package de.kundenstimme.presentation.pages;

import de.kundenstimme.testing.Browser;
import org.openqa.selenium.By;

/** The evaluation dashboard: key figures as a table, charts and their tables, drill-down links for managers. */
public final class DashboardPage extends Page {

    public static final By KEY_FIGURES = By.id("keyFigures");
    public static final By CASE_LINKS = By.cssSelector("a.ks-case-link");
    public static final By DRILL_LINKS = By.cssSelector("[id$=':drillCategory']");
    public static final By CHARTS = By.cssSelector("canvas");

    private DashboardPage(Browser browser) {
        super(browser);
    }

    public static DashboardPage open(Browser browser) {
        browser.go("reporting/dashboard.xhtml");
        return on(browser);
    }

    /** The dashboard of a period, as a bookmarked link opens it. */
    public static DashboardPage open(Browser browser, String from, String to) {
        browser.go("reporting/dashboard.xhtml?from=" + from + "&to=" + to);
        return on(browser);
    }

    public static DashboardPage on(Browser browser) {
        browser.find(KEY_FIGURES);
        return new DashboardPage(browser);
    }

    /** The value cell of a key figure, e.g. "received" or "escalated" ("20.0 % (1 / 5)"). */
    public String figure(String name) {
        return browser.text(By.cssSelector("#fig-" + name + " td"));
    }

    public long received() {
        return Long.parseLong(figure("received").strip());
    }

    /** The first count of the top-categories table: the cases of the most frequent category. */
    public long topCategoryCases() {
        return firstCount("topCategories");
    }

    /** The first count of a figure's table (e.g. "byDepartment"): the cases of its largest row. */
    public long firstCount(String table) {
        return Long.parseLong(browser.text(By.cssSelector("[id='charts:" + table + "_data'] tr:first-child .ks-count")).strip());
    }

    public FigureCasesPage drillIntoTopCategory() {
        browser.click(DRILL_LINKS);
        return FigureCasesPage.on(browser);
    }

    public boolean showsCaseLinks() {
        return browser.exists(CASE_LINKS) || browser.exists(DRILL_LINKS);
    }

    public int charts() {
        return browser.all(CHARTS).size();
    }

    /** The cases behind a figure (managers only). */
    public static final class FigureCasesPage extends Page {

        public static final By ROWS = By.cssSelector("[id='cases_data'] a.ks-case-link");

        private FigureCasesPage(Browser browser) {
            super(browser);
        }

        static FigureCasesPage on(Browser browser) {
            browser.find(By.id("casesIntro"));
            return new FigureCasesPage(browser);
        }

        public String intro() {
            return browser.text(By.id("casesIntro"));
        }

        public int rows() {
            return browser.all(ROWS).size();
        }
    }
}
