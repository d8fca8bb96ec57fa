package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.dialogue.domain.SessionAttachment;
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
    private SessionFields fields = new SessionFields();
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
        SessionView recorded = sessions.record(projectId, fields.toForm());
        messages.info("dialogue.session.recorded", messages.date(recorded.date()));
        all = null;
        fields = new SessionFields();
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

    public PagedModel<SessionView> getModel() { return model; }
    public SessionFields getFields() { return fields; }
    public String getAttachTo() { return attachTo; }
    public void setAttachTo(String attachTo) { this.attachTo = attachTo; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
