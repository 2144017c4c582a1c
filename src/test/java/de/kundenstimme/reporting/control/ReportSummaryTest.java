package de.kundenstimme.reporting.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static de.kundenstimme.reporting.control.SampleFigures.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportSummaryTest {

    @Test
    void namesVolumeTheLargestRiseAndFallComplianceGoodwillAndTheTopCause() {
        Figures now = figures(120, List.of(new Figures.Count("LATE", "Lieferung › Verspätung", 50),
                        new Figures.Count("DEFECT", "Produkt › Defekt", 10), new Figures.Count("NEW", "Neu", 5)),
                new Share(41, 50), "1234.50",
                List.of(new Figures.CauseShare(Figures.NOT_RECORDED, 9, new BigDecimal("10.00")),
                        new Figures.CauseShare("SUPPLIER_OR_CARRIER", 7, new BigDecimal("99.90"))));
        Figures before = figures(100, List.of(new Figures.Count("LATE", "Lieferung › Verspätung", 20),
                new Figures.Count("DEFECT", "Produkt › Defekt", 30)), new Share(3, 4), "980.00", List.of());

        List<String> summary = ReportSummary.of(now, before, Map.of("SUPPLIER_OR_CARRIER", "Lieferant oder Spediteur"));

        assertEquals(List.of(
                "Eingegangen sind 120 Beschwerden, 20 mehr als im Vorzeitraum (100, +20,0 %).",
                "Stärkster Anstieg: Lieferung › Verspätung mit 50 statt 20 Fällen.",
                "Stärkster Rückgang: Produkt › Defekt mit 10 statt 30 Fällen.",
                "Fristgerecht gelöst: 82,0 % (Vorzeitraum 75,0 %); Eingang fristgerecht bestätigt: 50,0 % (Vorzeitraum 50,0 %).",
                "Kulanzkosten: 1.234,50 € (Vorzeitraum 980,00 €).",
                "Häufigste Ursache gelöster Fälle: Lieferant oder Spediteur (7 Fälle, 99,90 € Kulanz)."), summary);
    }

    @Test
    void twoEmptyPeriodsSayJustThat() {
        Figures empty = figures(0, List.of(), new Share(0, 0), "0.00", List.of());

        assertEquals(List.of("Eingegangen sind 0 Beschwerden, genauso viele wie im Vorzeitraum (0).",
                        "Fristgerecht gelöst: – (Vorzeitraum –); Eingang fristgerecht bestätigt: 50,0 % (Vorzeitraum 50,0 %).",
                        "Kulanzkosten: 0,00 € (Vorzeitraum 0,00 €)."),
                ReportSummary.of(empty, empty, Map.of()));
    }
}
