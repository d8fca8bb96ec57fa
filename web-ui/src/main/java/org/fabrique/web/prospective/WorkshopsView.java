package org.fabrique.web.prospective;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.application.CycleFiguresView;
import org.fabrique.prospective.application.CycleView;
import org.fabrique.prospective.application.FiguresView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopSetupService;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.prospective.domain.WorkshopFilter;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopStatus;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * prospective/workshops.xhtml: the workshops cycle by cycle (their existence is not confidential), the
 * figures by distinct person per cycle, over the cycles the reader chooses (in the address) and overall, and the pôle's form to open a workshop.
 */
@Named
@ViewScoped
public class WorkshopsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the figures table: a cycle, the chosen cycles or all of them, and its distinct people by category. */
    public record FiguresLine(String label, FiguresView figures, String kind) {
    }

    /** The request parameter, repeated, naming the cycles whose people the reader adds up. */
    static final String CHOSEN = "cycles";

    @Inject
    WorkshopService workshops;

    @Inject
    WorkshopSetupService setup;

    @Inject
    Messages messages;

    private Long cycleId;
    /** The other filters, from the address. */
    private String q;
    private WorkshopStatus status;
    private WorkshopKind kind;
    private Long policyId;
    private List<CycleView> cycles;
    private List<FiguresLine> figures;
    private List<Long> chosen = List.of();
    private String[] chosenIds = new String[0];
    private PagedModel<WorkshopView> model;
    private final NewWorkshopFields fields = new NewWorkshopFields();
    private boolean mayOpen;

    public void load() {
        List<CycleFiguresView> byCycle = workshops.figuresByCycle();
        mayOpen = setup.mayOpen();
        cycles = byCycle.stream().map(CycleFiguresView::cycle).toList();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback()) {
            chosen = chosen(faces.getExternalContext().getRequestParameterValuesMap().get(CHOSEN));
            chosenIds = chosen.stream().map(String::valueOf).toArray(String[]::new);
        }
        figures = new ArrayList<>();
        for (CycleFiguresView line : byCycle) {
            figures.add(new FiguresLine(line.cycle().name(), line.figures(), "cycle"));
        }
        if (!chosen.isEmpty()) {
            figures.add(new FiguresLine(messages.text("prospective.figures.chosen", chosen.size()),
                    workshops.figures(chosen), "chosen"));
        }
        figures.add(new FiguresLine(messages.text("prospective.cycles.all"), workshops.figures(List.of()), "all"));
        WorkshopFilter filter = new WorkshopFilter(cycleId, status, kind, policyId, q);
        model = PagedModel.sortedBy(WorkshopFilter.SORT_FIELDS, (sort, request) -> workshops.page(filter, sort, request),
                WorkshopView::id);
    }

    public void open() {
        try {
            WorkshopView opened = setup.open(fields.toService());
            messages.info("prospective.workshop.opened", opened.title());
            fields.clear();
            load();
        } catch (InvalidInput e) {
            messages.refused(e, "openWorkshop");
        }
    }

    /** The known cycles among these ids; anything else in the address is ignored. */
    private List<Long> chosen(String[] values) {
        if (values == null) {
            return List.of();
        }
        Set<Long> known = cycles.stream().map(CycleView::id).collect(Collectors.toSet());
        return Arrays.stream(values).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).filter(known::contains)
                .distinct().toList();
    }

    /** Shows the figures of the ticked cycles: their ids go into the address, which a reload or a bookmark keeps. */
    public void addUp() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder address = new StringBuilder(external.getRequestContextPath()).append("/prospective/workshops.xhtml");
        List<String> parameters = new ArrayList<>();
        if (cycleId != null) {
            parameters.add("cycle=" + cycleId);
        }
        chosen(chosenIds).forEach(id -> parameters.add(CHOSEN + "=" + id));
        if (!parameters.isEmpty()) {
            address.append('?').append(String.join("&", parameters));
        }
        external.redirect(address.toString());
    }

    public TerritorialScale[] getScales() { return new TerritorialScale[] {TerritorialScale.CITY, TerritorialScale.METROPOLIS}; }
    public String[] getChosenIds() { return chosenIds.clone(); }
    public void setChosenIds(String[] chosenIds) { this.chosenIds = chosenIds == null ? new String[0] : chosenIds.clone(); }
    /** Whether a filter other than the cycle narrows the list (then the page offers to clear them). */
    public boolean isFiltered() {
        return new WorkshopFilter(null, status, kind, policyId, q).narrows();
    }

    public WorkshopStatus[] getStatuses() { return WorkshopStatus.values(); }
    public WorkshopKind[] getKinds() { return WorkshopKind.values(); }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public WorkshopStatus getStatus() { return status; }
    public void setStatus(WorkshopStatus status) { this.status = status; }
    public WorkshopKind getKind() { return kind; }
    public void setKind(WorkshopKind kind) { this.kind = kind; }
    public Long getPolicyId() { return policyId; }
    public void setPolicyId(Long policyId) { this.policyId = policyId; }
    public List<CycleView> getCycles() { return cycles; }
    public List<FiguresLine> getFigures() { return figures; }
    public PagedModel<WorkshopView> getModel() { return model; }
    public NewWorkshopFields getFields() { return fields; }

    /** The pôle's form. */
    public static class NewWorkshopFields implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long cycleId;
        private String title;
        private WorkshopKind kind = WorkshopKind.PUBLIC_POLICY;
        private Long policyId;
        private TerritorialScale scale = TerritorialScale.CITY;
        private Long presidentPersonId;
        private String contract;
        private LocalDate start;
        private LocalDate end;

        WorkshopSetupService.NewWorkshop toService() {
            return new WorkshopSetupService.NewWorkshop(cycleId, title, kind, policyId, scale, presidentPersonId, null,
                    null, contract, start, end);
        }

        void clear() {
            title = null;
            policyId = null;
            presidentPersonId = null;
            contract = null;
            start = null;
            end = null;
        }

        public Long getCycleId() { return cycleId; }
        public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public WorkshopKind getKind() { return kind; }
        public void setKind(WorkshopKind kind) { this.kind = kind; }
        public Long getPolicyId() { return policyId; }
        public void setPolicyId(Long policyId) { this.policyId = policyId; }
        public TerritorialScale getScale() { return scale; }
        public void setScale(TerritorialScale scale) { this.scale = scale; }
        public Long getPresidentPersonId() { return presidentPersonId; }
        public void setPresidentPersonId(Long presidentPersonId) { this.presidentPersonId = presidentPersonId; }
        public String getContract() { return contract; }
        public void setContract(String contract) { this.contract = contract; }
        public LocalDate getStart() { return start; }
        public void setStart(LocalDate start) { this.start = start; }
        public LocalDate getEnd() { return end; }
        public void setEnd(LocalDate end) { this.end = end; }
    }

    /** Whether the caller may open a workshop, as the service says. */
    public boolean isMayOpen() { return mayOpen; }
}
