package org.fabrique.web.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryEntry.FieldChange;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.CandidateStatus;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.ParticipationLevel;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.RecommendationStatus;
import org.fabrique.dialogue.domain.SessionGroup;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ResourceType;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/**
 * Turns a history entry into a timeline row in the reader's language: "12 mars 2026, 14:05", the
 * author's name, the field labels (history.field.*) and the values, enum constants read with the
 * keys their own pages use.
 */
@RequestScoped
public class HistoryTexts {

    private static final Map<Class<?>, String> ENUM_KEYS = Map.ofEntries(
            Map.entry(CandidateStatus.class, "dialogue.candidateStatus."),
            Map.entry(TerritorialScale.class, "dialogue.scale."),
            Map.entry(ParticipationLevel.class, "dialogue.level."),
            Map.entry(FeasibilityOpinion.class, "dialogue.opinion."),
            Map.entry(ArbitrationDecision.class, "dialogue.decision."),
            Map.entry(RecommendationStatus.class, "dialogue.recommendationStatus."),
            Map.entry(AnswerPosition.class, "dialogue.position."),
            Map.entry(ParticipationMethod.class, "dialogue.method."),
            Map.entry(SessionGroup.class, "dialogue.group."),
            Map.entry(ResourceType.class, "prospective.resourceType."),
            Map.entry(Chapter.class, "prospective.chapter."),
            Map.entry(AmendmentStatus.class, "prospective.amendmentStatus."),
            Map.entry(EvaluationType.class, "evaluation.type."),
            Map.entry(EvaluationStatus.class, "evaluation.status."),
            Map.entry(FollowUpStatus.class, "evaluation.followUp."));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Texts texts;

    @Inject
    LocaleSelection locale;

    @Inject
    Messages messages;

    public HistoryRow row(HistoryEntry entry) {
        return new HistoryRow(entry.kind() + "-" + entry.recordId() + "-" + entry.at().toEpochMilli(),
                when(entry.at()),
                entry.author(),
                entry.label() == null ? text("history.kind." + entry.kind())
                        : text("history.recordLabelled", text("history.kind." + entry.kind()), entry.label()),
                text("history.action." + entry.action()),
                entry.changes().stream().map(this::change).toList());
    }

    /** "Statut : Déposé → Étudié". */
    private String change(FieldChange change) {
        return text("history.change", text("history.field." + change.field()), value(change.before()),
                value(change.after()));
    }

    private String when(Instant at) {
        ZonedDateTime local = at.atZone(CityClock.ZONE);
        return messages.date(local.toLocalDate()) + ", " + TIME.format(local);
    }

    private String value(Object value) {
        if (value == null) {
            return text("history.value.none");
        }
        if (value instanceof Enum<?> constant) {
            String prefix = ENUM_KEYS.get(constant.getDeclaringClass());
            return prefix == null ? constant.name() : text(prefix + constant.name());
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "history.value.yes" : "history.value.no");
        }
        if (value instanceof LocalDate day) {
            return messages.date(day);
        }
        if (value instanceof Instant instant) {
            return when(instant);
        }
        if (value instanceof BigDecimal number) {
            // a measure as the person writes it: 60.0000 reads 60, 12.5 reads 12,5 in French
            NumberFormat format = NumberFormat.getNumberInstance(locale.getLocale());
            format.setMaximumFractionDigits(number.stripTrailingZeros().scale());
            return format.format(number);
        }
        return value.toString();
    }

    private String text(String key, Object... arguments) {
        return texts.page(key, locale.getLocale(), arguments);
    }
}
