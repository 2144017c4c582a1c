package de.kundenstimme.presentation.administration;

import de.kundenstimme.administration.boundary.SettingsAdministration;
import de.kundenstimme.administration.boundary.SystemSettings;
import de.kundenstimme.complaint.control.FederalState;
import de.kundenstimme.complaint.entity.Priority;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings page: deadline table, holiday region, notification lead time, goodwill limits. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "settings";

    @Inject
    SettingsAdministration administration;

    @Inject
    FacesMessages messages;

    private FederalState holidayRegion;
    private Integer acknowledgement;
    /** Keyed by the priority's name, so the page can address each row as resolution['HIGH']. */
    private final Map<String, Integer> resolution = new LinkedHashMap<>();
    private Integer followUp;
    private Integer escalationLevel2;
    private Integer notificationLeadTime;
    private BigDecimal goodwillLimitHandler;
    private BigDecimal goodwillLimitManager;

    @PostConstruct
    void load() {
        show(administration.current());
    }

    private void show(SystemSettings settings) {
        holidayRegion = settings.holidayRegion();
        acknowledgement = settings.acknowledgementDays();
        resolution.clear();
        for (Priority priority : Priority.values()) {
            resolution.put(priority.name(), settings.resolutionDays().get(priority));
        }
        followUp = settings.followUpDays();
        escalationLevel2 = settings.escalationLevel2Days();
        notificationLeadTime = settings.notificationLeadDays();
        goodwillLimitHandler = settings.goodwillLimitHandler();
        goodwillLimitManager = settings.goodwillLimitManager();
    }

    public void save() {
        Map<Priority, Integer> days = new EnumMap<>(Priority.class);
        resolution.forEach((priority, value) -> days.put(Priority.valueOf(priority), value));
        try {
            show(administration.save(new SystemSettings(holidayRegion, acknowledgement, days, followUp, escalationLevel2,
                    notificationLeadTime, goodwillLimitHandler, goodwillLimitManager)));
            messages.info("administration.settings.saved");
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public FederalState[] getFederalStates() {
        return FederalState.values();
    }

    public FederalState getHolidayRegion() {
        return holidayRegion;
    }

    public void setHolidayRegion(FederalState holidayRegion) {
        this.holidayRegion = holidayRegion;
    }

    public Integer getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(Integer acknowledgement) {
        this.acknowledgement = acknowledgement;
    }

    public Map<String, Integer> getResolution() {
        return resolution;
    }

    public Integer getFollowUp() {
        return followUp;
    }

    public void setFollowUp(Integer followUp) {
        this.followUp = followUp;
    }

    public Integer getEscalationLevel2() {
        return escalationLevel2;
    }

    public void setEscalationLevel2(Integer escalationLevel2) {
        this.escalationLevel2 = escalationLevel2;
    }

    public Integer getNotificationLeadTime() {
        return notificationLeadTime;
    }

    public void setNotificationLeadTime(Integer notificationLeadTime) {
        this.notificationLeadTime = notificationLeadTime;
    }

    public BigDecimal getGoodwillLimitHandler() {
        return goodwillLimitHandler;
    }

    public void setGoodwillLimitHandler(BigDecimal goodwillLimitHandler) {
        this.goodwillLimitHandler = goodwillLimitHandler;
    }

    public BigDecimal getGoodwillLimitManager() {
        return goodwillLimitManager;
    }

    public void setGoodwillLimitManager(BigDecimal goodwillLimitManager) {
        this.goodwillLimitManager = goodwillLimitManager;
    }
}
