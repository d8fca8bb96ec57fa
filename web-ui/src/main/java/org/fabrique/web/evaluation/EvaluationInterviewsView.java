package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.application.EvaluationService;
import org.fabrique.evaluation.application.InterviewService.NewInterview;
import org.fabrique.evaluation.application.InterviewService;
import org.fabrique.evaluation.application.InterviewView;
import org.fabrique.evaluation.application.QuestionService;
import org.fabrique.evaluation.application.QuestionView;
import org.fabrique.evaluation.application.QuoteView;
import org.fabrique.evaluation.application.ThemeCount;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * evaluation/interviews.xhtml?evaluation=ID[&amp;theme=T]: an evaluation's interviews, each with its quotes
 * verbatim, attributed by category only, and the quotes of one theme; the pôle records interviews and
 * their quotes there. The pôle and the evaluation's steering committee only (the services refuse anyone
 * else, which gives the 403 page); the interviewee's name reaches the pôle only.
 */
@Named
@ViewScoped
public class EvaluationInterviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluations;

    @Inject
    InterviewService interviewService;

    @Inject
    QuestionService questionService;

    @Inject
    Messages messages;

    private Long evaluationId;
    private String theme;
    private EvaluationDetail evaluation;
    private List<InterviewView> interviews = List.of();
    private Map<Long, List<QuoteView>> quotes = Map.of();
    private List<QuestionView> questions = List.of();
    private List<ThemeCount> themes = List.of();
    private PagedModel<QuoteView> themeModel;
    /** Select values stay strings. */
    private String category;
    private String intervieweeName;
    private LocalDate interviewedOn;
    private String interviewer;
    private String notes;
    private String interviewId;
    private String text;
    private String typedThemes;
    private String[] questionIds = new String[0];

    public void load() {
        if (evaluationId == null) {
            throw new RecordNotFound("evaluation", "none");
        }
        refresh();
        questions = questionService.questions(evaluationId);
        if (theme != null && !theme.isBlank()) {
            String chosen = theme.strip();
            long id = evaluationId;
            themeModel = new PagedModel<>(request -> interviewService.quotes(id, chosen, request), QuoteView::id);
        }
    }

    /**
     * The interviews (refused first to anyone off the committee), every quote of the evaluation in one page,
     * the largest, grouped by interview, the themes, and the evaluation as it stands.
     */
    private void refresh() {
        interviews = interviewService.interviews(evaluationId);
        quotes = interviewService.quotes(evaluationId, null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .collect(Collectors.groupingBy(QuoteView::interviewId));
        themes = interviewService.themes(evaluationId);
        evaluation = evaluations.get(evaluationId);
    }

    public void record() {
        try {
            interviewService.record(evaluationId, new NewInterview(category == null || category.isBlank() ? null
                    : IntervieweeCategory.valueOf(category), intervieweeName, interviewedOn, interviewer, notes));
            messages.info("evaluation.voices.recorded");
            category = null;
            intervieweeName = null;
            interviewedOn = null;
            interviewer = null;
            notes = null;
            refresh();
        } catch (InvalidInput e) {
            messages.refused(e, "recordInterview");
        } catch (StateConflict e) {
            messages.refused(e);
        }
    }

    public void addQuote() {
        try {
            interviewService.quote(Long.parseLong(interviewId), text, themesTyped(),
                    Arrays.stream(questionIds).map(Long::valueOf).collect(Collectors.toSet()));
            messages.info("evaluation.voices.quoted");
            text = null;
            typedThemes = null;
            questionIds = new String[0];
            refresh();
        } catch (InvalidInput e) {
            messages.refused(e, "addQuote");
        } catch (StateConflict e) {
            messages.refused(e);
        }
    }

    /** The themes as typed, separated by commas, without the empty ones. */
    private Set<String> themesTyped() {
        if (typedThemes == null) {
            return Set.of();
        }
        return Arrays.stream(typedThemes.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The quotes kept from this interview. */
    public List<QuoteView> quotesOf(InterviewView interview) {
        return quotes.getOrDefault(interview.id(), List.of());
    }

    /** The questions a quote is tagged to, by rank. */
    public List<QuestionView> questionsOf(QuoteView quote) {
        return questions.stream().filter(q -> quote.questionIds().contains(q.id())).toList();
    }

    public String date(LocalDate day) {
        return day == null ? "" : messages.date(day);
    }

    /** Whether the caller may record interviews and quotes: the pôle, before the follow-up. */
    public boolean isEditable() {
        return evaluation.mayEdit();
    }

    public IntervieweeCategory[] getCategories() { return IntervieweeCategory.values(); }
    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public EvaluationDetail getEvaluation() { return evaluation; }
    public List<InterviewView> getInterviews() { return interviews; }
    public List<QuestionView> getQuestions() { return questions; }
    public List<ThemeCount> getThemes() { return themes; }
    public PagedModel<QuoteView> getThemeModel() { return themeModel; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getIntervieweeName() { return intervieweeName; }
    public void setIntervieweeName(String intervieweeName) { this.intervieweeName = intervieweeName; }
    public LocalDate getInterviewedOn() { return interviewedOn; }
    public void setInterviewedOn(LocalDate interviewedOn) { this.interviewedOn = interviewedOn; }
    public String getInterviewer() { return interviewer; }
    public void setInterviewer(String interviewer) { this.interviewer = interviewer; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getInterviewId() { return interviewId; }
    public void setInterviewId(String interviewId) { this.interviewId = interviewId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getTypedThemes() { return typedThemes; }
    public void setTypedThemes(String typedThemes) { this.typedThemes = typedThemes; }
    public String[] getQuestionIds() { return questionIds.clone(); }
    public void setQuestionIds(String[] questionIds) { this.questionIds = questionIds == null ? new String[0] : questionIds.clone(); }
}
