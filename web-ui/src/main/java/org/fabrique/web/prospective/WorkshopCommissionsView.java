package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.CommissionKind;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.WorkshopCommissions;
import org.fabrique.web.faces.Messages;

/**
 * The "commissioned work" part of prospective/document.xhtml: what chapter 5 commissioned, each with a
 * link to the evaluation or candidate project it created; the pôle commissions more there.
 */
@Named
@ViewScoped
public class WorkshopCommissionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDocumentView document;

    @Inject
    WorkshopCommissions commissions;

    @Inject
    Messages messages;

    private List<CommissionView> list;
    private Boolean allowed;
    /** Select values stay strings. */
    private String kind = CommissionKind.EVALUATION.name();
    private String title;
    private String brief;
    private String directorateId;

    public List<CommissionView> getList() {
        if (list == null) {
            list = commissions.list(document.getWorkshopId());
        }
        return list;
    }

    /** The pôle commissions, once a version of the document exists. */
    public boolean isAllowed() {
        if (allowed == null) {
            allowed = commissions.mayCommission(document.getWorkshopId());
        }
        return allowed;
    }

    public void commission() {
        try {
            CommissionKind chosen = CommissionKind.valueOf(kind);
            Long directorate = chosen == CommissionKind.CANDIDATE_PROJECT && directorateId != null
                    && !directorateId.isBlank() ? Long.valueOf(directorateId) : null;
            CommissionView created = commissions.commission(document.getWorkshopId(),
                    new CommissionOrder(chosen, title, brief, directorate, null));
            messages.info("commission.created." + created.kind().name(), created.title());
            title = null;
            brief = null;
            list = null;
        } catch (InvalidInput e) {
            messages.refused(e, "commission");
        } catch (StateConflict e) {
            messages.refused(e);
        }
    }

    public CommissionKind[] getKinds() {
        return CommissionKind.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBrief() {
        return brief;
    }

    public void setBrief(String brief) {
        this.brief = brief;
    }

    public String getDirectorateId() {
        return directorateId;
    }

    public void setDirectorateId(String directorateId) {
        this.directorateId = directorateId;
    }
}
