package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.SessionAttachment;
import org.fabrique.dialogue.domain.SessionGroup;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * The sessions of the project of dialogue/project.xhtml: their list with their files, and for the
 * pôle the form that records one and the one that keeps a file with it.
 */
@Named
@ViewScoped
public class ProjectSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    Messages messages;

    private long projectId;
    private PagedModel<SessionView> model;
    private LocalDate date;
    private String place;
    private ParticipationMethod method;
    private SessionGroup group;
    private Integer participants;
    private String themes;
    private String outputs;
    private String attachTo;
    private transient Part file;
    private transient List<SessionView> all;
    private Boolean mayRecord;

    public void load(long project) {
        projectId = project;
        model = new PagedModel<>(request -> sessions.page(projectId, request), SessionView::id);
    }

    /** Every session of the project for the selects of the page (a project holds a handful). */
    public List<SessionView> getAll() {
        if (all == null) {
            all = sessions.page(projectId, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return all;
    }

    public void record() {
        SessionView recorded = sessions.record(projectId, new SessionService.SessionForm(date, place, method, group,
                participants, themes, outputs));
        messages.info("dialogue.session.recorded", messages.date(recorded.date()));
        all = null;
        date = null;
        place = null;
        method = null;
        group = null;
        participants = null;
        themes = null;
        outputs = null;
    }

    public void attach() {
        if (file == null || attachTo == null) {
            return;
        }
        if (file.getSize() > SessionAttachment.MAX_BYTES) {
            messages.refused(new InvalidInput("file", "dialogue.attachment.tooLarge"), "attach");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            sessions.attach(Long.parseLong(attachTo), file.getSubmittedFileName(), in.readAllBytes());
            messages.info("dialogue.attachment.kept", file.getSubmittedFileName());
        } catch (InvalidInput e) {
            messages.refused(e, "attach");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long attachmentId) {
        sessions.remove(attachmentId);
        messages.info("dialogue.attachment.removed");
    }

    /** Whether the page offers the forms that record sessions and keep files: the service says. */
    public boolean isMayRecord() {
        if (mayRecord == null) {
            mayRecord = sessions.mayRecord();
        }
        return mayRecord;
    }

    public ParticipationMethod[] getMethods() { return ParticipationMethod.values(); }
    public SessionGroup[] getGroups() { return SessionGroup.values(); }
    public PagedModel<SessionView> getModel() { return model; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public ParticipationMethod getMethod() { return method; }
    public void setMethod(ParticipationMethod method) { this.method = method; }
    public SessionGroup getGroup() { return group; }
    public void setGroup(SessionGroup group) { this.group = group; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer participants) { this.participants = participants; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public String getOutputs() { return outputs; }
    public void setOutputs(String outputs) { this.outputs = outputs; }
    public String getAttachTo() { return attachTo; }
    public void setAttachTo(String attachTo) { this.attachTo = attachTo; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
