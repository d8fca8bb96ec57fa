package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.ProjectDetail;
import org.fabrique.dialogue.application.ProjectService;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * dialogue/project.xhtml: a dialogue project, the citizens' recommendations the pôle records from its
 * sessions, and the lessons it teaches. Its sessions are {@link ProjectSessionsView}'s.
 */
@Named
@ViewScoped
public class ProjectPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    RecommendationService recommendations;

    @Inject
    Messages messages;

    private long id;
    private ProjectDetail detail;
    private PagedModel<RecommendationView> model;
    private String lessons;
    private String text;
    /** Select values stay strings: see {@link CandidatePageView}. */
    private String directorateId;
    private String sessionId;

    public void load() {
        detail = projects.find(id);
        lessons = detail.project().lessons();
        if (directorateId == null) {
            directorateId = String.valueOf(detail.project().directorateId());
        }
        model = new PagedModel<>(request -> recommendations.page(new RecommendationFilter(null, id, null, null, null),
                request), RecommendationView::id);
    }

    public void recordLessons() {
        try {
            projects.recordLessons(id, detail.project().version(), lessons);
            detail = projects.find(id);
            messages.info("dialogue.lessons.recorded");
        } catch (StateConflict e) {
            ProjectDetail now = projects.find(id);
            messages.conflict(e, detail.project(), now::project);
            detail = now;
        }
    }

    public void recordRecommendation() {
        try {
            RecommendationView recorded = recommendations.record(id, text, Long.parseLong(directorateId),
                    sessionId == null || sessionId.isBlank() ? null : Long.valueOf(sessionId));
            messages.info("dialogue.recommendation.recorded", messages.date(recorded.dueDate()));
            text = null;
            sessionId = null;
        } catch (InvalidInput e) {
            messages.refused(e, "recommend");
        }
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public ProjectDetail getDetail() { return detail; }
    public ProjectView getProject() { return detail.project(); }
    public PagedModel<RecommendationView> getModel() { return model; }
    public String getLessons() { return lessons; }
    public void setLessons(String lessons) { this.lessons = lessons; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDirectorateId() { return directorateId; }
    public void setDirectorateId(String directorateId) { this.directorateId = directorateId; }
    public String getSessionId() { return sessionId; }
    public void setSessionId(String sessionId) { this.sessionId = sessionId; }
}
