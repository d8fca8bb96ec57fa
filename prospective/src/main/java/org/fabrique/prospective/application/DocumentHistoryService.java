package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryRepository;
import org.fabrique.core.domain.HistoryScope;
import org.fabrique.core.domain.HistoryScope.Field;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.DocumentVersion;
import org.fabrique.prospective.domain.ReferenceDocument;

/**
 * Who changed what on a workshop's reference document: its adoption, its submitted versions and its
 * amendments (proposed, decided), newest first. Confidential, as the document: members and the pôle
 * only ({@link WorkshopAccess}).
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class DocumentHistoryService {

    private static final List<Field<ReferenceDocument>> DOCUMENT_FIELDS = List.of(
            new Field<>("adoptedVersion", ReferenceDocument::getAdoptedVersion));

    private static final List<Field<DocumentVersion>> VERSION_FIELDS = List.of(
            new Field<>("versionNumber", DocumentVersion::getNumber));

    private static final List<Field<Amendment>> AMENDMENT_FIELDS = List.of(
            new Field<>("amendedVersion", Amendment::getAmendedVersion),
            new Field<>("chapter", Amendment::getChapter),
            new Field<>("status", Amendment::getStatus),
            new Field<>("modifiedText", Amendment::getModifiedText));

    @Inject
    WorkshopAccess access;

    @Inject
    DocumentRepository documents;

    @Inject
    HistoryRepository history;

    /**
     * @throws org.fabrique.core.application.RecordNotFound for an unknown workshop
     * @throws NotAMemberOfWorkshop for anyone but its members and the pôle
     */
    public Page<HistoryEntry> page(long workshopId, PageRequest request) {
        access.insiderOnly(workshopId);
        List<HistoryScope<?>> scopes = new ArrayList<>();
        documents.ofWorkshop(workshopId).ifPresent(document -> {
            scopes.add(HistoryScope.record(ReferenceDocument.class, "document", document.getId(), DOCUMENT_FIELDS));
            scopes.add(HistoryScope.related(DocumentVersion.class, "version", "document", document.getId(),
                    VERSION_FIELDS));
        });
        scopes.add(HistoryScope.where(Amendment.class, "amendment", "workshopId", workshopId, AMENDMENT_FIELDS));
        return history.page(scopes, request);
    }
}
