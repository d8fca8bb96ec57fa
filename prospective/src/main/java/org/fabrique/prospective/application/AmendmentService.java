package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.prospective.application.AmendmentView;
import org.fabrique.prospective.application.PersonName;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Workshop;

/**
 * Amendments to the reference document: members who acknowledged the charter propose them, the
 * president or the pôle records the group's decision, their author may withdraw them while undecided.
 * They and their authors are seen by the members and the pôle only.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class AmendmentService {

    @Inject
    DocumentRepository documents;

    @Inject
    PersonRepository persons;

    @Inject
    WorkshopAccess access;

    @Inject
    Organisers organisers;

    @Inject
    CityClock clock;

    @Inject
    WorkshopNotices notices;

    @Inject
    AuditLog audit;

    /** One page of the workshop's amendments, their authors named. */
    public Page<AmendmentView> page(long workshopId, PageRequest request) {
        access.insiderOnly(workshopId);
        Page<Amendment> page = documents.amendments(workshopId, request);
        audit.recordForCaller(AuditType.CONFIDENTIAL_READ, "workshop " + workshopId, "amendments, page " + request.page());
        Map<Long, String> names = persons.findAllById(page.items().stream().map(Amendment::getAuthorPersonId).distinct().toList())
                .stream().collect(Collectors.toMap(Person::getId, Person::getName));
        return page.map(a -> view(a, names.getOrDefault(a.getAuthorPersonId(), "")));
    }

    public AmendmentView find(long workshopId, long amendmentId) {
        access.insiderOnly(workshopId);
        audit.recordForCaller(AuditType.CONFIDENTIAL_READ, "workshop " + workshopId + ", amendment " + amendmentId,
                "amendment");
        return view(amendment(workshopId, amendmentId));
    }

    /** A member proposes an amendment to the latest version; anyone outside the group is refused. */
    public AmendmentView propose(long workshopId, Chapter chapter, String passage, String proposedText, String rationale) {
        Workshop workshop = access.load(workshopId);
        Membership member = access.memberOnly(workshop);
        ReferenceDocument document = documents.ofWorkshop(workshopId).orElseGet(() -> new ReferenceDocument(workshopId));
        Amendment amendment = Amendment.propose(workshop, document, member.getPersonId(), chapter, passage, proposedText,
                rationale, clock.now());
        return view(documents.store(amendment));
    }

    /** The group's decision, recorded by the president or the pôle. */
    public AmendmentView decide(long workshopId, long amendmentId, Long expectedVersion, AmendmentStatus decision,
            String modifiedText) {
        Workshop workshop = access.insiderOnly(workshopId);
        long by = organisers.organiserOnly(workshop);
        Amendment amendment = fresh(workshopId, amendmentId, expectedVersion);
        ReferenceDocument document = documents.ofWorkshop(workshopId).orElseThrow(() -> new RecordNotFound("document", workshopId));
        document.decide(workshop, amendment, decision, modifiedText, by, clock.now());
        documents.store(document);
        Amendment decided = documents.store(amendment);
        notices.decided(workshop, decided);
        return view(decided);
    }

    /** Its author withdraws it while the group has not decided it. */
    public AmendmentView withdraw(long workshopId, long amendmentId, Long expectedVersion) {
        Workshop workshop = access.insiderOnly(workshopId);
        Membership member = access.memberOnly(workshop);
        Amendment amendment = amendment(workshopId, amendmentId);
        // the right to act before the version: another member is refused whatever version it sent
        if (amendment.getAuthorPersonId() != member.getPersonId()) {
            throw new NotTheAuthor(amendmentId);
        }
        ExpectedVersion.check(expectedVersion, amendment.getVersion());
        amendment.withdraw(member.getPersonId(), clock.now());
        return view(documents.store(amendment));
    }

    private Amendment fresh(long workshopId, long amendmentId, Long expectedVersion) {
        Amendment amendment = amendment(workshopId, amendmentId);
        ExpectedVersion.check(expectedVersion, amendment.getVersion());
        return amendment;
    }

    private Amendment amendment(long workshopId, long amendmentId) {
        return documents.findAmendment(amendmentId).filter(a -> a.getWorkshopId() == workshopId)
                .orElseThrow(() -> new RecordNotFound("amendment", amendmentId));
    }

    private AmendmentView view(Amendment a) {
        return view(a, persons.findById(a.getAuthorPersonId()).map(Person::getName).orElse(""));
    }

    private static AmendmentView view(Amendment a, String authorName) {
        return new AmendmentView(a.getId(), new PersonName(a.getAuthorPersonId(), authorName), a.getChapter(), a.getStatus(),
                a.getPassage(), a.getProposedText(), a.getRationale(), a.getAmendedVersion(), a.getProposedAt(),
                a.getModifiedText(), a.getDecidedAt(), a.getVersion());
    }
}
