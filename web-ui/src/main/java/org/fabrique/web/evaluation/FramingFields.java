package org.fabrique.web.evaluation;

import java.io.Serializable;
import java.time.LocalDate;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.Framing;

/**
 * The pôle's framing form, on the list (a new evaluation) and on an evaluation's page (its reframing).
 * Select values stay strings; a blank one is no choice, which the service refuses by its field.
 */
public class FramingFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String object = EvaluationObject.POLICY.name();
    private String objectDescription;
    private String policyId;
    private String originLabel;
    private String type = EvaluationType.EX_POST.name();
    private boolean participatory;
    private String evaluatorKind = EvaluatorKind.INTERNAL.name();
    private String evaluators;
    private LocalDate start;
    private LocalDate end;

    /** The form filled with an evaluation's framing. */
    static FramingFields of(EvaluationDetail e) {
        FramingFields f = new FramingFields();
        f.title = e.title();
        f.object = e.object() == null ? null : e.object().name();
        f.objectDescription = e.objectDescription();
        f.policyId = e.policyId() == null ? null : e.policyId().toString();
        f.originLabel = e.originLabel();
        f.type = e.type() == null ? null : e.type().name();
        f.participatory = e.participatory();
        f.evaluatorKind = e.evaluatorKind() == null ? null : e.evaluatorKind().name();
        f.evaluators = e.evaluators();
        f.start = e.start();
        f.end = e.end();
        return f;
    }

    Framing toFraming() {
        return new Framing(title, blank(object) ? null : EvaluationObject.valueOf(object), objectDescription,
                blank(policyId) ? null : Long.valueOf(policyId), originLabel,
                blank(type) ? null : EvaluationType.valueOf(type), participatory,
                blank(evaluatorKind) ? null : EvaluatorKind.valueOf(evaluatorKind), evaluators, start, end);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public EvaluationObject[] getObjects() { return EvaluationObject.values(); }
    public EvaluationType[] getTypes() { return EvaluationType.values(); }
    public EvaluatorKind[] getEvaluatorKinds() { return EvaluatorKind.values(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getObject() { return object; }
    public void setObject(String object) { this.object = object; }
    public String getObjectDescription() { return objectDescription; }
    public void setObjectDescription(String objectDescription) { this.objectDescription = objectDescription; }
    public String getPolicyId() { return policyId; }
    public void setPolicyId(String policyId) { this.policyId = policyId; }
    public String getOriginLabel() { return originLabel; }
    public void setOriginLabel(String originLabel) { this.originLabel = originLabel; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public boolean isParticipatory() { return participatory; }
    public void setParticipatory(boolean participatory) { this.participatory = participatory; }
    public String getEvaluatorKind() { return evaluatorKind; }
    public void setEvaluatorKind(String evaluatorKind) { this.evaluatorKind = evaluatorKind; }
    public String getEvaluators() { return evaluators; }
    public void setEvaluators(String evaluators) { this.evaluators = evaluators; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
}
