package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.Caller;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.dialogue.application.CommitmentService;
import org.fabrique.dialogue.application.CommitmentView;
import org.fabrique.web.shell.CallerView;

/**
 * dialogue/dashboard.xhtml: the commitment dashboard. A page of programmes with their figures, and the
 * figures per directorate of the one chosen ({@code ?programme=}), by default the latest validated one.
 */
@Named
@ViewScoped
public class CommitmentDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;
    /** Beyond this a page number is a typo: there is one programme a year. */
    private static final int LAST_PAGE = 1000;

    @Inject
    CommitmentService commitment;

    @Inject
    CallerView caller;

    private Long programmeId;
    private int page;
    private Page<CommitmentView> programmes;
    private CommitmentView selected;

    public void load() {
        page = Math.max(0, Math.min(page, LAST_PAGE));
        programmes = commitment.page(new PageRequest(page, PAGE_SIZE));
        Long chosen = programmeId != null ? programmeId : commitment.latestValidated()
                .orElse(programmes.items().isEmpty() ? null : programmes.items().get(0).programmeId());
        selected = chosen == null ? null : programmes.items().stream()
                .filter(c -> c.programmeId() == chosen)
                .findFirst()
                .orElseGet(() -> commitment.of(chosen));
    }

    /** Whether the directorate is the caller's own. */
    public boolean isOwn(long directorateId) {
        Caller me = caller.get();
        return me != null && me.role() == Role.DIRECTORATE && me.directorateId() != null && me.directorateId() == directorateId;
    }

    public boolean isSelected(CommitmentView programme) {
        return selected != null && selected.programmeId() == programme.programmeId();
    }

    public boolean isOlder() {
        return (long) (page + 1) * PAGE_SIZE < programmes.total();
    }

    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public Page<CommitmentView> getProgrammes() { return programmes; }
    public CommitmentView getSelected() { return selected; }
}
