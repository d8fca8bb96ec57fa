package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.QuestionService;
import org.fabrique.evaluation.application.QuestionView;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.web.faces.Messages;

/**
 * The evaluative questions of evaluation/evaluation.xhtml, their criteria and the finding drawn for each;
 * the pôle asks a question (one criterion at least) and writes a question's finding.
 */
@Named
@ViewScoped
public class EvaluationQuestionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionService questions;

    @Inject
    Messages messages;

    private long evaluationId;
    private List<QuestionView> list = List.of();
    private String text;
    /** Select values stay strings: the chosen criteria's names. */
    private String[] criteria = new String[0];
    private String questionId;
    private String finding;

    public void load(long evaluation) {
        evaluationId = evaluation;
        list = questions.questions(evaluation);
    }

    public void ask() {
        try {
            Set<Criterion> chosen = Arrays.stream(criteria).map(Criterion::valueOf).collect(Collectors.toSet());
            questions.ask(evaluationId, text, chosen);
            messages.info("evaluation.question.asked");
            text = null;
            criteria = new String[0];
            list = questions.questions(evaluationId);
        } catch (InvalidInput e) {
            messages.refused(e, "ask");
        } catch (StateConflict e) {
            messages.refused(e);
        }
    }

    /** Fills the finding with the chosen question's. */
    public void choose() {
        finding = chosen() == null ? null : chosen().finding();
    }

    public void writeFinding() {
        QuestionView question = chosen();
        if (question == null) {
            messages.error("form.required");
            return;
        }
        try {
            questions.writeFinding(question.id(), question.version(), finding);
            messages.info("evaluation.finding.saved", question.rank());
            list = questions.questions(evaluationId);
        } catch (InvalidInput e) {
            messages.refused(e, "findingForm");
        } catch (StateConflict e) {
            list = questions.questions(evaluationId);
            messages.conflict(e, question, Messages.rereadFrom(() -> list, QuestionView::id, question.id()));
        }
    }

    private QuestionView chosen() {
        return list.stream().filter(q -> String.valueOf(q.id()).equals(questionId)).findFirst().orElse(null);
    }

    public Criterion[] getAllCriteria() { return Criterion.values(); }
    public List<QuestionView> getList() { return list; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String[] getCriteria() { return criteria.clone(); }
    public void setCriteria(String[] criteria) { this.criteria = criteria == null ? new String[0] : criteria.clone(); }
    public String getQuestionId() { return questionId; }
    public void setQuestionId(String questionId) { this.questionId = questionId; }
    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
}
