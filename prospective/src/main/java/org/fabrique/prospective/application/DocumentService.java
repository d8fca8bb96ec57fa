package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.prospective.application.ChapterText;
import org.fabrique.prospective.application.DiffView;
import org.fabrique.prospective.application.DocumentView;
import org.fabrique.prospective.application.PersonName;
import org.fabrique.prospective.application.VersionSummary;
import org.fabrique.prospective.application.VersionText;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.DocumentVersion;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.VersionDiff;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopRepository;

/**
 * The reference document of a workshop, for its members and the pôle only: the committee's draft
 * (the pôle writes it), the versions the president or the pôle submits, their comparison, and the
 * adoption by consensus, which moves the workshop on.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class DocumentService {

    @Inject
    DocumentRepository documents;

    @Inject
    WorkshopRepository workshops;

    @Inject
    PersonRepository persons;

    @Inject
    WorkshopAccess access;

    @Inject
    Organisers organisers;

    @Inject
    CityClock clock;

    public DocumentView document(long workshopId) {
        Workshop workshop = access.insiderOnly(workshopId);
        return view(documentOf(workshopId), workshop);
    }

    public VersionText version(long workshopId, int number) {
        access.insiderOnly(workshopId);
        DocumentVersion version = documentOf(workshopId).version(number)
                .orElseThrow(() -> new RecordNotFound("version", number));
        return new VersionText(version.getNumber(), names(java.util.List.of(version.getSubmittedBy()))
                .get(version.getSubmittedBy()), version.getSubmittedAt(), ChapterText.of(version.getChapters()));
    }

    public DiffView compare(long workshopId, int from, int to, VersionDiff.Granularity granularity) {
        access.insiderOnly(workshopId);
        ReferenceDocument document = documentOf(workshopId);
        if (document.version(from).isEmpty()) {
            throw new RecordNotFound("version", from);
        }
        if (document.version(to).isEmpty()) {
            throw new RecordNotFound("version", to);
        }
        return DiffView.of(document.compare(from, to, granularity));
    }

    /** The pôle, as the organising committee, writes the draft of the next version. */
    @RolesAllowed(Roles.POLE)
    public DocumentView writeDraft(long workshopId, Long expectedVersion, Map<Chapter, String> chapters) {
        Workshop workshop = access.insiderOnly(workshopId);
        ReferenceDocument document = documentOf(workshopId);
        ExpectedVersion.require(expectedVersion, document.getVersion());
        document.writeDraft(workshop, new ChapterTexts(chapters));
        return view(documents.store(document), workshop);
    }

    /** The president (or the pôle) submits the draft to the group as the next version. */
    public VersionSummary submit(long workshopId, Long expectedVersion) {
        Workshop workshop = access.insiderOnly(workshopId);
        long by = organisers.organiserOnly(workshop);
        ReferenceDocument document = fresh(workshopId, expectedVersion);
        DocumentVersion submitted = document.submit(workshop, by, clock.now());
        documents.store(document);
        return summary(submitted, names(java.util.List.of(by)));
    }

    /** The group adopts the latest version by consensus, recorded by the president or the pôle. */
    public DocumentView adopt(long workshopId, Long expectedVersion) {
        Workshop workshop = access.insiderOnly(workshopId);
        long by = organisers.organiserOnly(workshop);
        ReferenceDocument document = fresh(workshopId, expectedVersion);
        document.adopt(workshop, documents.undecidedAmendments(workshopId), by, clock.now());
        workshops.store(workshop);
        return view(documents.store(document), workshop);
    }

    private ReferenceDocument fresh(long workshopId, Long expectedVersion) {
        ReferenceDocument document = documentOf(workshopId);
        ExpectedVersion.check(expectedVersion, document.getVersion());
        return document;
    }

    /** The workshop's document; an empty one, not yet kept, before the committee writes anything. */
    private ReferenceDocument documentOf(long workshopId) {
        return documents.ofWorkshop(workshopId).orElseGet(() -> new ReferenceDocument(workshopId));
    }

    private DocumentView view(ReferenceDocument document, Workshop workshop) {
        Map<Long, PersonName> names = names(document.getVersions().stream().map(DocumentVersion::getSubmittedBy).toList());
        return new DocumentView(document.getWorkshopId(), ChapterText.of(document.getDraft()),
                document.getVersions().stream().map(v -> summary(v, names)).toList(), document.getAdoptedVersion(),
                document.getAdoptedAt(), document.adoptedRecommendations(),
                document.getId() == null ? 0 : documents.undecidedAmendments(document.getWorkshopId()), document.getVersion(),
                document.isOpenIn(workshop), organisers.isOrganiser(workshop),
                document.isOpenIn(workshop) && access.isPole());
    }

    private static VersionSummary summary(DocumentVersion version, Map<Long, PersonName> names) {
        return new VersionSummary(version.getNumber(), names.get(version.getSubmittedBy()), version.getSubmittedAt());
    }

    private Map<Long, PersonName> names(Collection<Long> ids) {
        Map<Long, String> known = persons.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Person::getId, Person::getName));
        return ids.stream().distinct().collect(Collectors.toMap(id -> id, id -> new PersonName(id, known.getOrDefault(id, ""))));
    }
}
