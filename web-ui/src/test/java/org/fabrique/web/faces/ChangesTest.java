package org.fabrique.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fabrique.core.application.AccountSummary;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.application.EvaluationRecommendationView;
import org.fabrique.evaluation.application.IndicatorView;
import org.fabrique.evaluation.application.InterviewView;
import org.fabrique.evaluation.application.QuestionView;
import org.fabrique.evaluation.application.QuoteView;
import org.fabrique.prospective.application.ActionView;
import org.fabrique.prospective.application.AmendmentView;
import org.fabrique.prospective.application.DocumentView;
import org.fabrique.prospective.application.IssueService;
import org.fabrique.web.faces.Changes.Change;
import org.fabrique.web.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangesTest {

    record Note(long id, String title, LocalDate due, List<String> tags, long version) {
    }

    @Test
    void names_the_components_that_differ_with_their_new_value_in_declaration_order() {
        Note opened = new Note(7, "Avant", LocalDate.of(2026, 5, 1), List.of("a"), 3);
        Note current = new Note(7, "Après", LocalDate.of(2026, 5, 1), List.of("a", "b"), 4);

        assertThat(Changes.between(opened, current))
                .containsExactly(new Change("title", "Après"), new Change("tags", List.of("a", "b")));
    }

    @Test
    void the_version_alone_is_no_change_worth_naming() {
        assertThat(Changes.between(new Note(7, "Même", null, List.of(), 3), new Note(7, "Même", null, List.of(), 9)))
                .isEmpty();
    }

    @Test
    void a_value_removed_is_a_change_to_nothing() {
        assertThat(Changes.between(new Note(7, "Titre", LocalDate.of(2026, 5, 1), List.of(), 1),
                new Note(7, "Titre", null, List.of(), 2))).containsExactly(new Change("due", null));
    }

    @Test
    void two_kinds_of_record_cannot_be_compared() {
        record Other(long id, long version) {
        }
        assertThatThrownBy(() -> Changes.between(new Note(1, "", null, List.of(), 1), new Other(1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The records the pages compare when a save comes too late: every component has its name in both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void every_component_a_page_may_name_has_a_label(String language) {
        List<Class<? extends Record>> views = List.of(CandidateView.class, ProgrammeView.class, ProjectView.class,
                RecommendationView.class, SessionView.class, EvaluationDetail.class, QuestionView.class,
                IndicatorView.class, InterviewView.class, EvaluationRecommendationView.class,
                QuoteView.class, org.fabrique.prospective.application.WorkshopView.class,
                org.fabrique.prospective.application.WorkshopSessionView.class, DocumentView.class,
                AmendmentView.class, ActionView.class, IssueService.IssueView.class,
                org.fabrique.prospective.application.InputService.InputView.class,
                org.fabrique.prospective.application.RecommendationMarkerService.MarkedRecommendation.class,
                AccountSummary.class);
        Texts texts = new Texts();
        List<String> missing = new ArrayList<>();
        for (Class<? extends Record> view : views) {
            for (RecordComponent component : view.getRecordComponents()) {
                String key = "changed." + component.getName();
                if (!Changes.NOT_SHOWN.contains(component.getName()) && texts.page(key, Locale.forLanguageTag(language)).equals(key)) {
                    missing.add(view.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
