package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.dialogue.application.ProjectService;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.domain.MethodUse;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.web.faces.PagedModel;

/**
 * dialogue/methods.xhtml, capitalisation: every participation method with how often it was used, and
 * for a chosen one the projects that used it with their lessons.
 */
@Named
@ViewScoped
public class MethodsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    private List<MethodUse> uses;
    private ParticipationMethod method;
    private PagedModel<ProjectView> model;

    public void load() {
        uses = projects.methods();
        if (method != null) {
            show(method);
        }
    }

    public void show(ParticipationMethod chosen) {
        method = chosen;
        model = new PagedModel<>(request -> projects.usingMethod(chosen, request), ProjectView::id);
    }

    public List<MethodUse> getUses() { return uses; }
    public ParticipationMethod getMethod() { return method; }
    public void setMethod(ParticipationMethod method) { this.method = method; }
    public PagedModel<ProjectView> getModel() { return model; }
}
