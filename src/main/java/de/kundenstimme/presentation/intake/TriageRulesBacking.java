package de.kundenstimme.presentation.intake;

import de.kundenstimme.intake.boundary.Mentions;
import de.kundenstimme.intake.entity.TriageRule;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The admin's triage rules: words that rank mentions up, with their weight, switched on or off. */
@Named
@ViewScoped
public class TriageRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rules";

    @Inject
    Mentions mentions;

    @Inject
    FacesMessages messages;

    private transient List<TriageRule> rules;
    private String term;
    private Integer weight = 1;

    public List<TriageRule> getRules() {
        if (rules == null) {
            rules = mentions.rules();
        }
        return rules;
    }

    public void add() {
        try {
            TriageRule rule = mentions.addRule(term, weight == null ? 0 : weight);
            messages.info("intake.triage.added", rule.getTerm());
            term = null;
            weight = 1;
            rules = null;
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void toggle(TriageRule rule) {
        save(rule, rule.getWeight(), !rule.isActive());
    }

    public void heavier(TriageRule rule) {
        save(rule, rule.getWeight() + 1, rule.isActive());
    }

    public void lighter(TriageRule rule) {
        save(rule, rule.getWeight() - 1, rule.isActive());
    }

    private void save(TriageRule rule, int newWeight, boolean active) {
        try {
            mentions.changeRule(rule.getId(), newWeight, active);
            messages.info("intake.triage.saved", rule.getTerm());
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, FORM);
        }
        rules = null;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }
}
