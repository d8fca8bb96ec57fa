package org.fabrique.web.prospective;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.AmendmentService;
import org.fabrique.prospective.application.AmendmentView;
import org.fabrique.prospective.application.ChapterText;
import org.fabrique.prospective.application.DiffView;
import org.fabrique.prospective.application.DocumentService;
import org.fabrique.prospective.application.DocumentView;
import org.fabrique.prospective.application.VersionText;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.VersionDiff;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * prospective/document.xhtml?workshop=ID: the reference document's current version, its amendments with
 * the group's decisions, a member's proposal, the comparison of two versions, the submission of a new
 * version and the adoption; the pôle writes the draft there too. Members and the pôle only.
 */
@Named
@ViewScoped
public class ReferenceDocumentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkshopService workshops;

    @Inject
    DocumentService documents;

    @Inject
    AmendmentService amendments;

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    private Long workshopId;
    private WorkshopView workshop;
    private DocumentView document;
    private VersionText current;
    private PagedModel<AmendmentView> model;
    private boolean member;
    private Long personId;
    /** Select values stay strings. */
    private String chapter;
    private String passage;
    private String proposedText;
    private String rationale;
    private AmendmentView deciding;
    private AmendmentStatus decidingAs;
    private boolean adopting;
    private String modifiedText;
    private String from;
    private String to;
    private String granularity = VersionDiff.Granularity.WORD.name();
    private DiffView diff;
    private int shownVersions;
    /** The draft being written by the pôle, by chapter name. */
    private final Map<String, String> draft = new HashMap<>();

    public void load() {
        if (workshopId == null) {
            throw new RecordNotFound("workshop", "none");
        }
        workshop = workshops.find(workshopId);
        Caller caller = accounts.me();
        personId = caller.personId();
        member = workshops.participants(workshopId).stream().anyMatch(p -> p.personId() == (personId == null ? -1 : personId));
        // a comparison asked for in the address (?from=&to=&granularity=) is shown as the page opens
        String askedFrom = from;
        String askedTo = to;
        refresh();
        if (askedFrom != null || askedTo != null) {
            from = askedFrom;
            to = askedTo;
            compare();
        }
        model = new PagedModel<>(request -> amendments.page(workshopId, request), AmendmentView::id);
    }

    private void refresh() {
        document = documents.document(workshopId);
        int versions = document.versions().size();
        current = versions == 0 ? null : documents.version(workshopId, versions);
        workshop = workshops.find(workshopId);
        draft.clear();
        document.draft().forEach(c -> draft.put(c.chapter().name(), c.text()));
        if (versions != shownVersions) {
            shownVersions = versions;
            to = versions == 0 ? null : String.valueOf(versions);
            from = versions == 0 ? null : String.valueOf(Math.max(1, versions - 1));
        }
    }

    /** Proposes the amendment; a refusal shows beside its field or its button. */
    public void propose(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            amendments.propose(workshopId, Chapter.valueOf(chapter), passage, proposedText, rationale);
            messages.info("prospective.amendment.proposed");
            passage = null;
            proposedText = null;
            rationale = null;
        } catch (InvalidInput e) {
            messages.refused(e, "propose");
        } catch (StateConflict e) {
            messages.refusedBeside(e.messageKey(), beside);
        }
    }

    /**
     * Opens, under the amendment's row, the group's decision to confirm: accepted, accepted as modified (with the
     * text the group retains) or rejected.
     */
    public void startDeciding(AmendmentView amendment, String decision) {
        deciding = amendment;
        decidingAs = AmendmentStatus.valueOf(decision);
        modifiedText = amendment.proposedText();
    }

    public boolean isDeciding(AmendmentView amendment) {
        return deciding != null && deciding.id() == amendment.id();
    }

    public void cancelDeciding() {
        deciding = null;
        decidingAs = null;
    }

    /** Records the group's decision the organiser confirmed; a refusal shows beside the button, the decision still open. */
    public void decide(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        AmendmentView opened = deciding;
        String retained = decidingAs == AmendmentStatus.ACCEPTED_AS_MODIFIED ? modifiedText : null;
        try {
            amendments.decide(workshopId, opened.id(), opened.version(), decidingAs, retained);
            messages.info("prospective.amendment.decidedMessage");
            cancelDeciding();
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (StateConflict e) {
            deciding = messages.conflictBeside(beside, e, opened, () -> amendments.find(workshopId, opened.id()));
        }
        refresh();
    }

    public void withdraw(AmendmentView amendment) {
        record(() -> amendments.withdraw(workshopId, amendment.id(), amendment.version()), "prospective.amendment.withdrawn",
                amendment, () -> amendments.find(workshopId, amendment.id()));
    }

    public void saveDraft() {
        Map<Chapter, String> texts = new EnumMap<>(Chapter.class);
        for (Chapter c : Chapter.values()) {
            texts.put(c, draft.get(c.name()));
        }
        Map<String, String> typed = new HashMap<>(draft);
        if (!record(() -> documents.writeDraft(workshopId, document.version(), texts), "prospective.draft.saved",
                document, () -> documents.document(workshopId))) {
            draft.putAll(typed);
        }
    }

    public void submitVersion() {
        record(() -> documents.submit(workshopId, document.version()), "prospective.version.submitted",
                document, () -> documents.document(workshopId));
    }

    /** Shows what adopting would do, for the organiser to confirm. */
    public void askAdopt() {
        adopting = true;
    }

    public void cancelAdopt() {
        adopting = false;
    }

    public void adopt() {
        record(() -> documents.adopt(workshopId, document.version()), "prospective.document.adoptedMessage",
                document, () -> documents.document(workshopId));
        adopting = false;
    }

    private void compare() {
        try {
            diff = documents.compare(workshopId, Integer.parseInt(from), Integer.parseInt(to),
                    VersionDiff.Granularity.valueOf(granularity == null ? "" : granularity));
        } catch (RecordNotFound | IllegalArgumentException e) {
            messages.error("prospective.diff.choose");
        }
    }

    /** Does {@code act} on the {@code opened} record; when it is refused, the page shows the record as it is now. */
    private <R extends Record> boolean record(Runnable act, String doneKey, R opened, Supplier<R> reread) {
        try {
            act.run();
            messages.info(doneKey);
            refresh();
            return true;
        } catch (StateConflict e) {
            messages.conflict(e, opened, reread);
            refresh();
            return false;
        }
    }

    public boolean isAuthor(AmendmentView amendment) {
        return personId != null && amendment.author().personId() == personId;
    }

    public boolean isOpen() {
        return document.open();
    }

    public List<Integer> getVersionNumbers() {
        return document.versions().stream().map(v -> v.number()).toList();
    }

    /** The day of adoption as the caller reads it. */
    public String getAdoptedOn() {
        return document.adoptedAt() == null ? null
                : messages.date(java.time.LocalDate.ofInstant(document.adoptedAt(), CityClock.ZONE));
    }

    public List<ChapterText> getChapters() { return current == null ? List.of() : current.chapters(); }
    public Chapter[] getChapterValues() { return Chapter.values(); }
    public Long getWorkshopId() { return workshopId; }
    public void setWorkshopId(Long workshopId) { this.workshopId = workshopId; }
    public WorkshopView getWorkshop() { return workshop; }
    public DocumentView getDocument() { return document; }
    public VersionText getCurrent() { return current; }
    public PagedModel<AmendmentView> getModel() { return model; }
    public boolean isOrganiser() { return document.mayOrganise(); }
    public boolean isMember() { return member; }
    public String getChapter() { return chapter; }
    public void setChapter(String chapter) { this.chapter = chapter; }
    public String getPassage() { return passage; }
    public void setPassage(String passage) { this.passage = passage; }
    public String getProposedText() { return proposedText; }
    public void setProposedText(String proposedText) { this.proposedText = proposedText; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public AmendmentStatus getDecidingAs() { return decidingAs; }
    public boolean isAdopting() { return adopting; }
    public String getModifiedText() { return modifiedText; }
    public void setModifiedText(String modifiedText) { this.modifiedText = modifiedText; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getGranularity() { return granularity; }
    public void setGranularity(String granularity) { this.granularity = granularity; }
    public DiffView getDiff() { return diff; }
    public Map<String, String> getDraft() { return draft; }
}
