package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.AccountSummary;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.application.EvaluationService;
import org.fabrique.evaluation.application.RecommendationCommissions;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/**
 * evaluation/evaluation.xhtml (by {@code id}, or by one of its recommendations' id): what the evaluation
 * is, who evaluates it and how, its steering committee by name, and what comes out of it. The pôle moves
 * it one step on, reframes it, writes its summary, appoints its steering committee and publishes its report. Its questions,
 * interviews and recommendations are their own views'.
 */
@Named
@ViewScoped
public class EvaluationPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean confirmingPublication;

    @Inject
    EvaluationService evaluations;

    @Inject
    RecommendationCommissions commissions;

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    @Inject
    Texts texts;

    @Inject
    LocaleSelection locale;

    private Long id;
    private Long recommendation;
    private EvaluationDetail evaluation;
    private List<NamedRecord> committee = List.of();
    private List<AccountSummary> accountChoices;
    private String summary;
    private FramingFields framing;
    /** Select values stay strings: the chosen accounts' ids. */
    private String[] committeeIds = new String[0];

    public void load() {
        if (id == null && recommendation != null) {
            id = commissions.evaluationOf(recommendation);
        }
        if (id == null) {
            throw new RecordNotFound("evaluation", "none");
        }
        evaluation = evaluations.get(id);
        committee = accounts.names(evaluation.steeringCommittee());
        summary = evaluation.summary();
        framing = FramingFields.of(evaluation);
        committeeIds = evaluation.steeringCommittee().stream().map(String::valueOf).toArray(String[]::new);
    }

    public void advance() {
        try {
            EvaluationStatus next = evaluation.nextStatus();
            evaluations.advance(id, evaluation.version(), next);
            messages.info("evaluation.advanced", label(next));
            load();
        } catch (InvalidInput e) {
            messages.refused(e, null);
        } catch (StateConflict e) {
            evaluation = messages.conflict(e, evaluation, () -> evaluations.get(id));
        }
    }

    public void writeSummary() {
        try {
            evaluations.writeSummary(id, evaluation.version(), summary);
            messages.info("evaluation.summary.saved");
            load();
        } catch (InvalidInput e) {
            messages.refused(e, "summaryForm");
        } catch (StateConflict e) {
            evaluation = messages.conflict(e, evaluation, () -> evaluations.get(id));
        }
    }

    public void reframe() {
        try {
            evaluations.edit(id, evaluation.version(), framing.toFraming());
            messages.info("evaluation.reframed");
            load();
        } catch (InvalidInput e) {
            messages.refused(e, "reframe");
        } catch (StateConflict e) {
            evaluation = messages.conflict(e, evaluation, () -> evaluations.get(id));
        }
    }

    public void appointCommittee() {
        try {
            Set<Long> chosen = Arrays.stream(committeeIds).map(Long::valueOf).collect(Collectors.toSet());
            evaluations.steeringCommittee(id, evaluation.version(), chosen);
            messages.info("evaluation.committee.saved");
            load();
        } catch (InvalidInput e) {
            messages.refused(e, "committeeForm");
        } catch (StateConflict e) {
            evaluation = messages.conflict(e, evaluation, () -> evaluations.get(id));
        }
    }

    /** Makes the report public (the pôle, once reported). */
    /** Asks to publish the report: what becomes public, and what stays reserved, shows first under the button. */
    public void askPublishReport() {
        confirmingPublication = true;
    }

    public void cancelPublishReport() {
        confirmingPublication = false;
    }

    public boolean isConfirmingPublication() {
        return confirmingPublication;
    }

    public void publishReport() {
        confirmingPublication = false;
        try {
            evaluations.publishReport(id, evaluation.version());
            messages.info("public.report.published");
            load();
        } catch (StateConflict e) {
            evaluation = messages.conflict(e, evaluation, () -> evaluations.get(id));
        }
    }

    /** Whether the pôle may publish the report now: it exists and is not public yet. */
    public boolean isReportPublishable() {
        return evaluation.mayPublishReport();
    }

    /** "12 mai 2026 – 30 juin 2026", or from the start on while the end stays open. */
    public String getPeriod() {
        return evaluation.end() == null ? texts.page("evaluation.period.from", locale.getLocale(), day(evaluation.start()))
                : day(evaluation.start()) + " – " + day(evaluation.end());
    }

    /** The steering committee's members by name, or a dash while none is appointed. */
    public String getCommitteeNames() {
        return committee.isEmpty() ? "—" : committee.stream().map(NamedRecord::name).collect(Collectors.joining(", "));
    }

    /** The pôle's button: "Passer à l'étape « Collecte des données »". */
    public String getAdvanceLabel() {
        return texts.page("evaluation.advance", locale.getLocale(), label(evaluation.nextStatus()));
    }

    /** The accounts the pôle may appoint, by username (one query, read once). */
    public List<AccountSummary> getAccountChoices() {
        if (accountChoices == null) {
            accountChoices = accounts.page(new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return accountChoices;
    }

    /** The pôle may still change the framing, questions and findings: not once in follow-up. */
    public boolean isEditable() {
        return evaluation.mayEdit();
    }

    /** A day as the caller reads it; blank for none. */
    public String day(LocalDate day) {
        return day == null ? "" : messages.date(day);
    }

    private String label(EvaluationStatus status) {
        return texts.page("evaluation.status." + status.name(), locale.getLocale());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getRecommendation() { return recommendation; }
    public void setRecommendation(Long recommendation) { this.recommendation = recommendation; }
    public EvaluationDetail getEvaluation() { return evaluation; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public FramingFields getFraming() { return framing; }
    public String[] getCommitteeIds() { return committeeIds.clone(); }
    public void setCommitteeIds(String[] committeeIds) { this.committeeIds = committeeIds == null ? new String[0] : committeeIds.clone(); }
}
