package org.fabrique.prospective.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.application.NotificationEvent;
import org.fabrique.core.application.Notifications;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopSession;

/**
 * Who the workshops' events are mailed to: only people of the group, since its work is confidential.
 * Queued through the core's {@link Notifications} in the transaction of the change.
 */
@ApplicationScoped
public class WorkshopNotices {

    @Inject
    Notifications notifications;

    /** To the workshop's members: a session is convened. */
    public void convened(WorkshopSession session) {
        Workshop workshop = session.getWorkshop();
        List<Long> members = workshop.getMembers().stream().map(Membership::getPersonId).toList();
        notifications.toPeople(members, NotificationEvent.of(WorkshopMails.WORKSHOP_SESSION_CONVENED,
                "workshop-session:" + session.getId() + ":convened", "/prospective/workshop.xhtml?id=" + workshop.getId(),
                workshop.getTitle(), "date:" + session.getDate(), "#" + session.getSequence()));
    }

    /** To the amendment's author: the group decided it. */
    public void decided(Workshop workshop, Amendment amendment) {
        notifications.toPeople(List.of(amendment.getAuthorPersonId()), NotificationEvent.of(
                WorkshopMails.AMENDMENT_DECIDED, "amendment:" + amendment.getId() + ":decided",
                "/prospective/document.xhtml?workshop=" + workshop.getId(), workshop.getTitle(),
                amendment.getPassage(), "#" + amendment.getStatus()));
    }
}
