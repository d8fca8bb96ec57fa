package org.fabrique.core.infrastructure;

import jakarta.ejb.EJBContext;
import java.security.Principal;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.RevisionListener;

/**
 * Signs each revision with the caller of the enterprise bean whose transaction writes it. Every change
 * goes through a service bean; without a signed-in caller (the demo loader at start-up) it is the system.
 */
public class CallerRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    private static final String ANONYMOUS = "anonymous";

    @Override
    public void newRevision(Object revision) {
        ((HistoryRevision) revision).setUsername(caller());
    }

    private static String caller() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            if (principal != null && !ANONYMOUS.equals(principal.getName())) {
                return principal.getName();
            }
        } catch (NamingException | IllegalStateException outsideABean) {
            // no enterprise bean call: the application's own work
        }
        return SYSTEM;
    }
}
