package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.evaluation.application.QuestionView;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.QuestionRepository;

/**
 * An evaluation's evaluative questions and the finding drawn for each: any account reads them; the pôle
 * asks, rewords and writes the findings, until the evaluation is in follow-up.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class QuestionService {

    @Inject
    QuestionRepository questions;

    @Inject
    EvaluationAccess access;

    /** The questions by rank. */
    public List<QuestionView> questions(long evaluationId) {
        access.load(evaluationId);
        return questions.ofEvaluation(evaluationId).stream().map(QuestionView::of).toList();
    }

    /** A new question, ranked after the others. @throws InvalidInput on {@code text}, {@code criteria} */
    @RolesAllowed(Roles.POLE)
    public QuestionView ask(long evaluationId, String text, Set<Criterion> criteria) {
        access.load(evaluationId).requireEditable();
        check(text, criteria);
        int rank = questions.lastRank(evaluationId) + 1;
        return QuestionView.of(questions.store(new EvaluativeQuestion(evaluationId, rank, text, criteria)));
    }

    @RolesAllowed(Roles.POLE)
    public QuestionView reword(long questionId, Long expectedVersion, String text, Set<Criterion> criteria) {
        EvaluativeQuestion question = current(questionId, expectedVersion);
        check(text, criteria);
        question.reword(text, criteria);
        return QuestionView.of(questions.store(question));
    }

    /** The finding for this question; blank takes it back. */
    @RolesAllowed(Roles.POLE)
    public QuestionView writeFinding(long questionId, Long expectedVersion, String finding) {
        EvaluativeQuestion question = current(questionId, expectedVersion);
        FieldChecks.fits(finding, "finding", EvaluativeQuestion.FINDING_MAX_LENGTH);
        question.writeFinding(finding);
        return QuestionView.of(questions.store(question));
    }

    private EvaluativeQuestion current(long questionId, Long expectedVersion) {
        EvaluativeQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new RecordNotFound("question", questionId));
        ExpectedVersion.require(expectedVersion, question.getVersion());
        access.load(question.getEvaluationId()).requireEditable();
        return question;
    }

    private static void check(String text, Set<Criterion> criteria) {
        FieldChecks.required(text, "text", "evaluation.question.text.required", EvaluativeQuestion.TEXT_MAX_LENGTH);
        if (criteria == null || criteria.isEmpty() || criteria.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("criteria", "evaluation.question.criteria.required");
        }
    }
}
