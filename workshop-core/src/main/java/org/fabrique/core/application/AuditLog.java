package org.fabrique.core.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.fabrique.core.domain.AuditEvent;
import org.fabrique.core.domain.AuditRepository;
import org.fabrique.core.domain.AuditType;

/**
 * Writes audit events, each in a transaction of its own: a refusal or a failed sign-in is recorded even
 * though the request that caused it changes nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditLog {

    @Resource
    SessionContext session;

    @Inject
    AuditRepository events;

    @Inject
    CityClock clock;

    @Inject
    RequestOrigin origin;

    /** Records an event of the signed-in caller now, from the address of the request being served (if any). */
    public void recordForCaller(AuditType type, String target, String detail) {
        String caller = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        record(type, "anonymous".equals(caller) ? null : caller, origin.address(), target, detail);
    }

    /** Records an event now, from the address of the request being served (if any). */
    public void record(AuditType type, String username, String target, String detail) {
        record(type, username, origin.address(), target, detail);
    }

    /**
     * Records an event now.
     *
     * @param username who acted or was named (a username someone typed, for a failed sign-in)
     * @param address the client's address, when the event comes from a request
     * @param target the record concerned, as {@code "workshop 3"}, never its confidential text
     * @param detail what happened, never a password
     */
    public void record(AuditType type, String username, String address, String target, String detail) {
        events.add(new AuditEvent(clock.now(), type, username, address, target, detail));
    }
}
