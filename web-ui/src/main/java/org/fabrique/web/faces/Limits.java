package org.fabrique.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fabrique.core.domain.ApiToken;
import org.fabrique.core.domain.Commission;
import org.fabrique.core.domain.NamedReference;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.domain.Answer;
import org.fabrique.dialogue.domain.Arbitration;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CriterionAssessment;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.FeasibilityStudy;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.Measurement;
import org.fabrique.evaluation.domain.Quote;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.CrossReading;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopInput;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopSession;

/**
 * The domain's length limits for the pages' {@code maxlength}, by the entity's simple name and the constant's:
 * {@code maxlength="#{limits['Recommendation.TEXT_MAX_LENGTH']}"}. The limits stay in the entities; this only
 * shows them to the pages, so that a form never accepts more than its record keeps.
 */
@ApplicationScoped
public class Limits {

    /** The records whose forms the pages show. */
    static final List<Class<?>> RECORDS = List.of(ApiToken.class, Commission.class, NamedReference.class,
            SearchQuery.class, Answer.class, Arbitration.class, CandidateDraft.class, CriterionAssessment.class, DialogueProject.class,
            DialogueSession.class, FeasibilityStudy.class, Programme.class, Recommendation.class, Evaluation.class,
            EvaluationRecommendation.class, EvaluativeQuestion.class, Indicator.class, Interview.class,
            Measurement.class, Quote.class, Amendment.class, CrossReading.class, PlannedAction.class, Workshop.class,
            WorkshopInput.class, WorkshopIssue.class, WorkshopSession.class);

    /** Every public int constant ending in {@code MAX_LENGTH} of {@link #RECORDS}, as {@code Record.CONSTANT}. */
    static Map<String, Integer> all() {
        Map<String, Integer> limits = new TreeMap<>();
        for (Class<?> type : RECORDS) {
            for (Field field : type.getFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == int.class
                        && field.getName().endsWith("MAX_LENGTH")) {
                    try {
                        limits.put(type.getSimpleName() + "." + field.getName(), field.getInt(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return Map.copyOf(limits);
    }

    /** The limits as the pages read them. */
    @Produces
    @Named("limits")
    @ApplicationScoped
    Map<String, Integer> forPages() {
        return all();
    }
}
