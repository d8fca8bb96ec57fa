package org.fabrique.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fabrique.core.application.RecordAction;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.Role;
import org.fabrique.evaluation.domain.Attribution;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.IndicatorSeries;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.domain.Measurement;
import org.fabrique.evaluation.domain.Quote;

/** What the evaluation services answer. */
public final class Views {

    private Views() {
    }

    public record ProgrammeView(long id, int year, String title) {
        static ProgrammeView of(EvaluationProgramme p) {
            return new ProgrammeView(p.getId(), p.getYear(), p.getTitle());
        }
    }

    /** An evaluation in a list. */
    public record EvaluationSummary(long id, String title, EvaluationStatus status, EvaluationType type, int programmeYear) {
        static EvaluationSummary of(Evaluation e) {
            return new EvaluationSummary(e.getId(), e.getTitle(), e.getStatus(), e.getType(), e.getProgramme().getYear());
        }
    }

    /**
     * An evaluation as anyone may know it; {@code insider} says whether the caller may read its
     * interviews and quotes, {@code nextStatus} where {@code advance} would take it (null in follow-up),
     * {@code reportPublishedAt} when its report was made public (null while it is not); {@code mayEdit} and
     * {@code mayPublishReport} what the caller may do with it now, {@code mayOrganise} whether it steers it (appoints,
     * moves it on, assigns recommendations, defines and measures indicators).
     */
    public record EvaluationDetail(long id, int programmeYear, String programmeTitle, String title,
            EvaluationObject object, String objectDescription, Long policyId, String originLabel, ResourceRef origin,
            Long commissionId, EvaluationType type, boolean participatory, List<Long> steeringCommittee,
            EvaluatorKind evaluatorKind, String evaluators, LocalDate start, LocalDate end, EvaluationStatus status,
            EvaluationStatus nextStatus, String summary, Instant reportPublishedAt, boolean insider, long version,
            boolean mayEdit, boolean mayPublishReport, boolean mayOrganise) {
        static EvaluationDetail of(Evaluation e, boolean insider, boolean pole) {
            return new EvaluationDetail(e.getId(), e.getProgramme().getYear(), e.getProgramme().getTitle(), e.getTitle(),
                    e.getObject(), e.getObjectDescription(), e.getPolicyId(), e.getOriginLabel(), e.getOrigin(),
                    e.getCommissionId(), e.getType(), e.isParticipatory(),
                    e.getSteeringCommittee().stream().sorted().toList(), e.getEvaluatorKind(), e.getEvaluators(),
                    e.getStart(), e.getEnd(), e.getStatus(), e.getStatus().next(), e.getSummary(), e.getReportPublishedAt(), insider,
                    e.getVersion(), pole && e.isEditable(), pole && e.isReportPublishable(), pole);
        }
    }

    /** An evaluative question, its criteria and its finding (null until written). */
    public record QuestionView(long id, long evaluationId, int rank, String text, List<Criterion> criteria, String finding,
            long version) {
        static QuestionView of(EvaluativeQuestion q) {
            return new QuestionView(q.getId(), q.getEvaluationId(), q.getRank(), q.getText(),
                    q.getCriteria().stream().sorted().toList(), q.getFinding(), q.getVersion());
        }
    }

    public record MeasurementView(long id, LocalDate measuredOn, BigDecimal value, String note) {
    }

    /**
     * An indicator with its measurements by date, for a chart, and where it stands: the latest value, the
     * progress from baseline to target in percent (null without baseline, target or measurement), whether
     * the target is reached ({@link IndicatorSeries}).
     */
    public record IndicatorView(long id, long evaluationId, String name, String unit, BigDecimal baseline,
            BigDecimal target, String source, List<MeasurementView> measurements, BigDecimal latest, BigDecimal progress,
            boolean targetReached, long version, Set<RecordAction> actions) {

        public IndicatorView {
            measurements = List.copyOf(measurements);
            actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        }

        static IndicatorView of(Indicator i, Set<RecordAction> actions) {
            IndicatorSeries series = IndicatorSeries.of(i);
            List<MeasurementView> measurements = i.getMeasurements().stream()
                    .sorted(Comparator.comparing(Measurement::getMeasuredOn))
                    .map(m -> new MeasurementView(m.getId(), m.getMeasuredOn(), m.getValue(), m.getNote())).toList();
            return new IndicatorView(i.getId(), i.getEvaluationId(), i.getName(), i.getUnit(), i.getBaseline(),
                    i.getTarget(), i.getSource(), measurements, series.latest().orElse(null),
                    series.progress().orElse(null), series.targetReached(), i.getVersion(), actions);
        }

        /** The pôle corrects what was defined. */
        public boolean mayCorrect() {
            return actions.contains(RecordAction.CORRECT);
        }

        /** The pôle deletes an indicator defined by mistake, while no value is measured. */
        public boolean mayDelete() {
            return actions.contains(RecordAction.DELETE);
        }
    }

    /** An interview; {@code intervieweeName} is null for anyone but the pôle ({@link Attribution}). */
    public record InterviewView(long id, long evaluationId, IntervieweeCategory category, String intervieweeName,
            LocalDate interviewedOn, String interviewer, String notes, long version) {
        static InterviewView of(Interview i, Role reader) {
            Attribution attribution = Attribution.of(i, reader);
            return new InterviewView(i.getId(), i.getEvaluationId(), attribution.category(), attribution.name(),
                    i.getInterviewedOn(), i.getInterviewer(), i.getNotes(), i.getVersion());
        }
    }

    /**
     * A quote, verbatim, attributed by its interviewee's category only: it has no name, for any reader (the
     * pôle finds the name on the interview).
     */
    public record QuoteView(long id, long interviewId, String text, IntervieweeCategory category, List<String> themes,
            List<Long> questionIds, long version) {
        static QuoteView of(Quote q) {
            return new QuoteView(q.getId(), q.getInterview().getId(), q.getText(), q.getInterview().getCategory(),
                    q.getThemes().stream().sorted().toList(), q.getQuestionIds().stream().sorted().toList(), q.getVersion());
        }
    }

    /** A theme and how many of an evaluation's quotes carry it. */
    public record ThemeCount(String theme, long quotes) {
    }

    /**
     * A recommendation and its follow-up; {@code overdue} as of today, {@code mayFollowUp} when the caller may say
     * where its follow-up stands (the pôle, or an account of its owner directorate).
     */
    public record RecommendationView(long id, long evaluationId, String evaluationTitle, int rank, String text,
            Long ownerDirectorateId, String ownerLabel, LocalDate dueDate, FollowUpStatus status, String followUpComment,
            boolean overdue, long version, boolean mayFollowUp) {
        static RecommendationView of(EvaluationRecommendation r, String evaluationTitle, LocalDate today,
                boolean mayFollowUp) {
            return new RecommendationView(r.getId(), r.getEvaluationId(), evaluationTitle, r.getRank(), r.getText(),
                    r.getOwnerDirectorateId(), r.getOwnerLabel(), r.getDueDate(), r.getStatus(), r.getFollowUpComment(),
                    r.isOverdue(today), r.getVersion(), mayFollowUp);
        }
    }
}
