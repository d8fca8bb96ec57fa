package org.fabrique.web.faces;

import jakarta.faces.component.UIViewAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;

/**
 * Notes that a postback ran an action, for {@link PostRedirectGet}: a postback whose button was not rendered
 * (a forged one) runs nothing, and is answered with the page, not sent anywhere.
 */
public class ActionRan extends ActionListenerWrapper {

    static final String RAN = ActionRan.class.getName();

    private final ActionListener wrapped;

    public ActionRan(ActionListener wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public ActionListener getWrapped() {
        return wrapped;
    }

    @Override
    public void processAction(ActionEvent event) throws AbortProcessingException {
        if (!(event.getComponent() instanceof UIViewAction)) {
            // a page's f:viewAction is not a person's action
            FacesContext.getCurrentInstance().getAttributes().put(RAN, Boolean.TRUE);
        }
        wrapped.processAction(event);
    }

    static boolean ran(FacesContext faces) {
        return Boolean.TRUE.equals(faces.getAttributes().get(RAN));
    }
}
