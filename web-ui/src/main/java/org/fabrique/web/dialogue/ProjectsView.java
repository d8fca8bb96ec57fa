package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.web.faces.PagedModel;

/** dialogue/projects.xhtml: the dialogue projects of a validated programme, each leading to its page. */
@Named
@ViewScoped
public class ProjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programmes;

    private long programmeId;
    private ProgrammeView programme;
    private PagedModel<ProjectView> model;

    public void load() {
        programme = programmes.find(programmeId);
        model = new PagedModel<>(request -> programmes.projects(programmeId, request), ProjectView::id);
    }

    public long getProgrammeId() { return programmeId; }
    public void setProgrammeId(long programmeId) { this.programmeId = programmeId; }
    public ProgrammeView getProgramme() { return programme; }
    public PagedModel<ProjectView> getModel() { return model; }
}
