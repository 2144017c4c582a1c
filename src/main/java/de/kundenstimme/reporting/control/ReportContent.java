package de.kundenstimme.reporting.control;

import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.RootCause;
import de.kundenstimme.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a leadership report says: the figures of its period and of the period before, computed
 * with the report's own "as of" date, so a rerun or restart yields the same numbers.
 */
@ApplicationScoped
public class ReportContent {

    @Inject
    Evaluation evaluation;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Messages messages;

    public Figures figures(ReportArchive.Report report) {
        calendar.coverConfiguredRegion(report.asOf().isAfter(report.period().to()) ? report.asOf() : report.period().to());
        return evaluation.figures(report.period(), null, null, report.asOf());
    }

    public Figures previousFigures(ReportArchive.Report report) {
        return evaluation.figures(report.period().previous(), null, null, report.asOf());
    }

    public byte[] workbook(ReportArchive.Report report) {
        return ReportWorkbook.of(figures(report), channelNames(), causeNames());
    }

    public byte[] document(ReportArchive.Report report) {
        Figures figures = figures(report);
        return ReportDocument.of(figures, summary(report, figures), channelNames(), causeNames());
    }

    public List<String> summary(ReportArchive.Report report, Figures figures) {
        return ReportSummary.of(figures, previousFigures(report), causeNames());
    }

    public Map<String, String> channelNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            names.put(channel.name(), messages.text(Locale.GERMAN, "complaint.channel." + channel.name()));
        }
        return names;
    }

    public Map<String, String> causeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (RootCause cause : RootCause.values()) {
            names.put(cause.name(), messages.text(Locale.GERMAN, "complaint.rootCause." + cause.name()));
        }
        names.put(Figures.NOT_RECORDED, messages.text(Locale.GERMAN, "reporting.rootCause.notRecorded"));
        return names;
    }
}
