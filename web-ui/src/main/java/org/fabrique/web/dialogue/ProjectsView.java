package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.domain.ProjectFilter;
import org.fabrique.web.faces.PagedModel;

/**
 * dialogue/projects.xhtml: the dialogue projects of a validated programme, each leading to its page; searched by
 * text, directorate, policy, scale and neighbourhood (the filters in the address), sorted by title or scale in the
 * database.
 */
@Named
@ViewScoped
public class ProjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programmes;

    private long programmeId;
    /** The filters, from the address. */
    private String q;
    private Long directorateId;
    private Long policyId;
    private TerritorialScale scale;
    private Long neighbourhoodId;
    private ProgrammeView programme;
    private PagedModel<ProjectView> model;

    public void load() {
        programme = programmes.find(programmeId);
        long id = programmeId;
        ProjectFilter filter = filter();
        model = PagedModel.sortedBy(ProjectFilter.SORT_FIELDS, (sort, request) -> programmes.projects(id, filter, sort, request),
                ProjectView::id);
    }

    private ProjectFilter filter() {
        return new ProjectFilter(directorateId, policyId, scale, neighbourhoodId, q);
    }

    /** Whether any filter narrows the list (then the page offers to clear them). */
    public boolean isFiltered() {
        return filter().narrows();
    }

    public TerritorialScale[] getScales() { return TerritorialScale.values(); }
    public long getProgrammeId() { return programmeId; }
    public void setProgrammeId(long programmeId) { this.programmeId = programmeId; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public Long getPolicyId() { return policyId; }
    public void setPolicyId(Long policyId) { this.policyId = policyId; }
    public TerritorialScale getScale() { return scale; }
    public void setScale(TerritorialScale scale) { this.scale = scale; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public void setNeighbourhoodId(Long neighbourhoodId) { this.neighbourhoodId = neighbourhoodId; }
    public ProgrammeView getProgramme() { return programme; }
    public PagedModel<ProjectView> getModel() { return model; }
}
