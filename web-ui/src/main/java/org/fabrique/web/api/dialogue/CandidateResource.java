package org.fabrique.web.api.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.domain.Arbitration;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.Assessment;
import org.fabrique.dialogue.domain.CriterionAssessment;
import org.fabrique.dialogue.domain.FeasibilityCriterion;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.FeasibilityStudy;
import org.fabrique.web.api.VersionForm;
import org.fabrique.web.api.core.CommissionJson;

/** One candidate project and its transitions: submission, withdrawal, feasibility, arbitration. */
@Path("/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class CandidateResource {

    public record CriterionForm(
            @NotNull(message = "{dialogue.feasibility.criterion.required}") FeasibilityCriterion criterion,
            @NotNull(message = "{dialogue.feasibility.assessment.required}") Assessment assessment,
            @Size(max = CriterionAssessment.COMMENT_MAX_LENGTH, message = "{dialogue.shortText.size}") String comment) {
    }

    public record FeasibilityForm(
            @NotEmpty(message = "{dialogue.feasibility.criteria.required}") List<@Valid @NotNull CriterionForm> criteria,
            @NotNull(message = "{dialogue.feasibility.opinion.required}") FeasibilityOpinion opinion,
            @Size(max = FeasibilityStudy.COMMENT_MAX_LENGTH, message = "{dialogue.shortText.size}") String comment,
            Long version) {
    }

    public record ArbitrationForm(
            @NotNull(message = "{dialogue.arbitration.decision.required}") ArbitrationDecision decision,
            @NotBlank(message = "{dialogue.arbitration.reason.required}")
            @Size(max = Arbitration.REASON_MAX_LENGTH, message = "{dialogue.shortText.size}") String reason,
            Long version) {
    }

    @Inject
    CommissionService commissions;

    @Inject
    CandidateService candidates;

    @GET
    @Path("{id}")
    @Operation(summary = "One candidate, with status, version, feasibility and arbitration (as the list)")
    public CandidateView get(@PathParam("id") long id) {
        return candidates.find(id);
    }

    @GET
    @Path("{id}/commission")
    @Operation(summary = "Where a commissioned candidate comes from (the commission, origin as KIND:id); 404 when it "
            + "was not commissioned (as the candidate)")
    public CommissionJson commission(@PathParam("id") long id) {
        candidates.find(id);
        return CommissionJson.of(commissions.ofTarget(new ResourceRef(ResourceKind.CANDIDATE_PROJECT, id))
                .orElseThrow(() -> new RecordNotFound("commission of candidate", id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft, sending the version read (its DIRECTORATE, while DRAFT)")
    @RolesAllowed(Roles.DIRECTORATE)
    public CandidateView edit(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid CandidateForm form) {
        return candidates.edit(id, form.version(), form.toDraft());
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit: DRAFT to SUBMITTED, 409 outside the submission window (its DIRECTORATE)")
    @RolesAllowed(Roles.DIRECTORATE)
    public CandidateView submit(@PathParam("id") long id, VersionForm form) {
        return candidates.submit(id, VersionForm.of(form));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw, until it is arbitrated (its DIRECTORATE)")
    @RolesAllowed(Roles.DIRECTORATE)
    public CandidateView withdraw(@PathParam("id") long id, VersionForm form) {
        return candidates.withdraw(id, VersionForm.of(form));
    }

    @PUT
    @Path("{id}/feasibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the feasibility study, the four criteria and an opinion (POLE)")
    @RolesAllowed(Roles.POLE)
    public CandidateView feasibility(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid FeasibilityForm form) {
        List<CriterionAssessment> criteria = form.criteria().stream()
                .map(c -> new CriterionAssessment(c.criterion(), c.assessment(), c.comment())).toList();
        return candidates.recordFeasibility(id, form.version(), criteria, form.opinion(), form.comment());
    }

    @PUT
    @Path("{id}/arbitration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide: RETAINED, DEFERRED or REJECTED with a reason; 409 without a feasibility opinion (ELECTED)")
    @RolesAllowed(Roles.ELECTED)
    public CandidateView arbitrate(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid ArbitrationForm form) {
        return candidates.arbitrate(id, form.version(), form.decision(), form.reason());
    }
}
