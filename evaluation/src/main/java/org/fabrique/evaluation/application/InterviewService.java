package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.evaluation.application.InterviewView;
import org.fabrique.evaluation.application.QuoteView;
import org.fabrique.evaluation.application.ThemeCount;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.InterviewRepository;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.domain.QuestionRepository;
import org.fabrique.evaluation.domain.Quote;

/**
 * An evaluation's interviews and the quotes drawn from them: read by the pôle and the steering committee
 * only ({@link NotOnSteeringCommittee} for anyone else), the interviewee's name by the pôle only, quotes
 * by category only; recorded by the pôle until the evaluation is in follow-up.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class InterviewService {

    /** What the pôle types for an interview; the name is optional and stays with the pôle. */
    public record NewInterview(IntervieweeCategory category, String intervieweeName, LocalDate interviewedOn,
            String interviewer, String notes) {
    }

    @Inject
    InterviewRepository interviews;

    @Inject
    QuestionRepository questions;

    @Inject
    EvaluationAccess access;

    @Inject
    AuditLog audit;

    @Inject
    AccountService accounts;

    /** The interviews by date; the names for the pôle only. */
    public List<InterviewView> interviews(long evaluationId) {
        access.insiderOnly(evaluationId);
        audit.recordForCaller(AuditType.CONFIDENTIAL_READ, "evaluation " + evaluationId, "interviews");
        var reader = accounts.me().role();
        return interviews.ofEvaluation(evaluationId).stream().map(i -> InterviewView.of(i, reader)).toList();
    }

    @RolesAllowed(Roles.POLE)
    public InterviewView record(long evaluationId, NewInterview form) {
        access.load(evaluationId).requireEditable();
        check(form);
        Interview interview = new Interview(evaluationId, form.category(), form.intervieweeName(), form.interviewedOn(),
                form.interviewer(), form.notes());
        return InterviewView.of(interviews.store(interview), accounts.me().role());
    }

    @RolesAllowed(Roles.POLE)
    public InterviewView revise(long interviewId, Long expectedVersion, NewInterview form) {
        Interview interview = interviews.findById(interviewId).orElseThrow(() -> new RecordNotFound("interview", interviewId));
        ExpectedVersion.require(expectedVersion, interview.getVersion());
        access.load(interview.getEvaluationId()).requireEditable();
        check(form);
        interview.revise(form.category(), form.intervieweeName(), form.interviewedOn(), form.interviewer(), form.notes());
        return InterviewView.of(interviews.store(interview), accounts.me().role());
    }

    /** A quote of the interview, kept verbatim. @throws InvalidInput on {@code text}, {@code themes}, {@code questionIds} */
    @RolesAllowed(Roles.POLE)
    public QuoteView quote(long interviewId, String text, Set<String> themes, Set<Long> questionIds) {
        Interview interview = interviews.findById(interviewId).orElseThrow(() -> new RecordNotFound("interview", interviewId));
        access.load(interview.getEvaluationId()).requireEditable();
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "evaluation.quote.text.required");
        }
        if (text.length() > Quote.TEXT_MAX_LENGTH) {
            throw new InvalidInput("text", FieldChecks.TOO_LONG);
        }
        checkTags(interview.getEvaluationId(), themes, questionIds);
        return QuoteView.of(interviews.store(new Quote(interview, text, Set.copyOf(themes), Set.copyOf(questionIds))));
    }

    @RolesAllowed(Roles.POLE)
    public QuoteView retag(long quoteId, Long expectedVersion, Set<String> themes, Set<Long> questionIds) {
        Quote quote = interviews.findQuote(quoteId).orElseThrow(() -> new RecordNotFound("quote", quoteId));
        ExpectedVersion.require(expectedVersion, quote.getVersion());
        access.load(quote.getInterview().getEvaluationId()).requireEditable();
        checkTags(quote.getInterview().getEvaluationId(), themes, questionIds);
        quote.retag(Set.copyOf(themes), Set.copyOf(questionIds));
        return QuoteView.of(interviews.store(quote));
    }

    /** One page of the quotes by interview date, attributed by category; those of one theme when given. */
    public Page<QuoteView> quotes(long evaluationId, String theme, PageRequest request) {
        access.insiderOnly(evaluationId);
        String wanted = theme == null || theme.isBlank() ? null : theme.strip();
        return interviews.quotes(evaluationId, wanted, request).map(QuoteView::of);
    }

    /** The themes of the evaluation's quotes, alphabetically, with how many quotes carry each. */
    public List<ThemeCount> themes(long evaluationId) {
        access.insiderOnly(evaluationId);
        return interviews.themeCounts(evaluationId).entrySet().stream()
                .map(e -> new ThemeCount(e.getKey(), e.getValue())).toList();
    }

    private void checkTags(long evaluationId, Set<String> themes, Set<Long> questionIds) {
        FieldChecks.present(themes, "themes", "evaluation.quote.theme.blank");
        FieldChecks.present(questionIds, "questionIds", "evaluation.quote.questionUnknown");
        for (String theme : themes) {
            FieldChecks.required(theme, "themes", "evaluation.quote.theme.blank", Quote.THEME_MAX_LENGTH);
        }
        if (!questionIds.isEmpty()) {
            Set<Long> own = Set.copyOf(questions.ofEvaluation(evaluationId).stream().map(EvaluativeQuestion::getId).toList());
            if (questionIds.stream().anyMatch(id -> id == null || !own.contains(id))) {
                throw new InvalidInput("questionIds", "evaluation.quote.questionUnknown");
            }
        }
    }

    private static void check(NewInterview form) {
        Objects.requireNonNull(form, "form is required");
        FieldChecks.present(form.category(), "category", "evaluation.interview.category.required");
        FieldChecks.fits(form.intervieweeName(), "intervieweeName", Interview.NAME_MAX_LENGTH);
        FieldChecks.present(form.interviewedOn(), "interviewedOn", "evaluation.interview.date.required");
        FieldChecks.required(form.interviewer(), "interviewer", "evaluation.interview.interviewer.required",
                Interview.NAME_MAX_LENGTH);
        FieldChecks.fits(form.notes(), "notes", Interview.NOTES_MAX_LENGTH);
    }
}
