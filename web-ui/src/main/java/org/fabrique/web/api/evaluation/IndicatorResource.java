package org.fabrique.web.api.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.evaluation.application.IndicatorService.NewIndicator;
import org.fabrique.evaluation.application.IndicatorService;
import org.fabrique.evaluation.application.IndicatorView;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.Measurement;

/** An evaluation's indicators and their measurements over time: any account reads them, the pôle records them. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class IndicatorResource {

    public record IndicatorForm(
            @NotBlank(message = "{evaluation.indicator.name.required}")
            @Size(max = Indicator.NAME_MAX_LENGTH, message = "{evaluation.text.tooLong}") String name,
            @NotBlank(message = "{evaluation.indicator.unit.required}")
            @Size(max = Indicator.UNIT_MAX_LENGTH, message = "{evaluation.text.tooLong}") String unit,
            BigDecimal baseline,
            BigDecimal target,
            @Size(max = Indicator.SOURCE_MAX_LENGTH, message = "{evaluation.text.tooLong}") String source,
            Long version) {

        NewIndicator toService() {
            return new NewIndicator(name, unit, baseline, target, source);
        }
    }

    public record MeasurementForm(
            @NotNull(message = "{evaluation.measurement.date.required}") LocalDate measuredOn,
            @NotNull(message = "{evaluation.measurement.value.required}") BigDecimal value,
            @Size(max = Measurement.NOTE_MAX_LENGTH, message = "{evaluation.text.tooLong}") String note,
            Long version) {
    }

    @Inject
    IndicatorService indicators;

    @GET
    @Path("evaluations/{id}/indicators")
    @Operation(summary = "The indicators by name {id, name, unit, baseline, target, source, measurements by date, "
            + "latest, progress (percent from baseline to target), targetReached, version} (any account)")
    public List<IndicatorView> list(@PathParam("id") long id) {
        return indicators.indicators(id);
    }

    @POST
    @Path("evaluations/{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @Operation(summary = "Define an indicator {name, unit, baseline, target, source} (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response define(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid IndicatorForm form,
            @Context UriInfo uri) {
        IndicatorView created = indicators.define(id, form.toService());
        return Response.created(uri.getBaseUriBuilder().path("indicators").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("indicators/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise an indicator {name, unit, baseline, target, source, version} (POLE)")
    @RolesAllowed(Roles.POLE)
    public IndicatorView revise(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid IndicatorForm form) {
        return indicators.revise(id, form.version(), form.toService());
    }

    @DELETE
    @Path("indicators/{id}")
    @Operation(summary = "Delete an indicator defined by mistake: 204; 409 once a value is measured (POLE)")
    @RolesAllowed(Roles.POLE)
    public void delete(@PathParam("id") long id) {
        indicators.delete(id);
    }

    @POST
    @Path("indicators/{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @Operation(summary = "Record a measurement {measuredOn, value, note, version}: one per date (400 for a second); "
            + "answers the indicator with its series (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response measure(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid MeasurementForm form,
            @Context UriInfo uri) {
        IndicatorView measured = indicators.measure(id, form.version(), form.measuredOn(), form.value(), form.note());
        long measurementId = measured.measurements().stream().filter(m -> m.measuredOn().equals(form.measuredOn()))
                .findFirst().orElseThrow().id();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(measurementId)).build())
                .entity(measured).build();
    }

    @DELETE
    @Path("indicators/{id}/measurements/{measurementId}")
    @Operation(summary = "Take back a measurement typed in error; answers the indicator (POLE)")
    public IndicatorView withdraw(@PathParam("id") long id, @PathParam("measurementId") long measurementId) {
        return indicators.withdraw(id, null, measurementId);
    }
}
