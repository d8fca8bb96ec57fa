package org.fabrique.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.NamedReference;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.domain.InterviewRepository;
import org.fabrique.evaluation.domain.QuestionRepository;

/**
 * The evaluation reports the pôle has published, for anyone without an account: what was evaluated, by
 * whom and when, the summary, the questions and findings, the quotes attributed by category only, and the
 * recommendations with their follow-up. Never an interviewee's name, an interview's notes, the steering
 * committee or an indicator; an unpublished report does not exist publicly.
 */
@Stateless
@PermitAll
public class PublicEvaluationService {

    /** The most quotes a public report shows, like the evaluation's own page. */
    static final int QUOTES_SHOWN = PageRequest.MAX_SIZE;

    public record PublishedReport(long id, String title, int programmeYear, Instant publishedAt) {
        static PublishedReport of(Evaluation e) {
            return new PublishedReport(e.getId(), e.getTitle(), e.getProgramme().getYear(), e.getReportPublishedAt());
        }
    }

    public record PublicQuestion(int rank, String text, String finding) {
    }

    public record PublicQuote(String text, IntervieweeCategory category, List<String> themes) {
    }

    public record PublicRecommendation(int rank, String text, String owner, LocalDate dueDate, FollowUpStatus status,
            String followUpComment) {
    }

    public record PublicReport(long id, String title, int programmeYear, EvaluationObject object, String objectDescription,
            String policy, EvaluationType type, EvaluatorKind evaluatorKind, String evaluators, LocalDate start,
            LocalDate end, String summary, Instant publishedAt, List<PublicQuestion> questions, List<PublicQuote> quotes,
            List<PublicRecommendation> recommendations) {
    }

    @Inject
    EvaluationRepository evaluations;

    @Inject
    QuestionRepository questions;

    @Inject
    InterviewRepository interviews;

    @Inject
    EvaluationRecommendationRepository recommendations;

    @Inject
    PublicPolicyRepository policies;

    /** One page of the published reports, latest publication first. */
    public Page<PublishedReport> page(PageRequest request) {
        return evaluations.publishedReports(request).map(PublishedReport::of);
    }

    /** A published report; {@link RecordNotFound} for an unknown evaluation or one whose report is not published. */
    /**
     * The quotes a published report makes public, as the report shows them (by category, never a name), for a reader
     * the interviews themselves are closed to.
     *
     * @throws RecordNotFound when the report is not published
     */
    public List<PublicQuote> publishedQuotes(long id) {
        evaluations.findById(id).filter(Evaluation::isReportPublished)
                .orElseThrow(() -> new RecordNotFound("evaluation", id));
        return interviews.quotes(id, null, new PageRequest(0, QUOTES_SHOWN)).items().stream()
                .map(q -> new PublicQuote(q.getText(), q.getInterview().getCategory(),
                        q.getThemes().stream().sorted().toList()))
                .toList();
    }

    public PublicReport report(long id) {
        Evaluation e = evaluations.findById(id).filter(Evaluation::isReportPublished)
                .orElseThrow(() -> new RecordNotFound("evaluation", id));
        String policy = e.getPolicyId() == null ? null
                : policies.findById(e.getPolicyId()).map(NamedReference::getName).orElse(null);
        List<PublicQuestion> asked = questions.ofEvaluation(id).stream()
                .map(q -> new PublicQuestion(q.getRank(), q.getText(), q.getFinding())).toList();
        List<PublicQuote> quoted = publishedQuotes(id);
        List<PublicRecommendation> recommended = recommendations.ofEvaluation(id).stream()
                .map(r -> new PublicRecommendation(r.getRank(), r.getText(), r.getOwnerLabel(), r.getDueDate(),
                        r.getStatus(), r.getFollowUpComment()))
                .toList();
        return new PublicReport(e.getId(), e.getTitle(), e.getProgramme().getYear(), e.getObject(),
                e.getObjectDescription(), policy, e.getType(), e.getEvaluatorKind(), e.getEvaluators(), e.getStart(),
                e.getEnd(), e.getSummary(), e.getReportPublishedAt(), asked, quoted, recommended);
    }
}
