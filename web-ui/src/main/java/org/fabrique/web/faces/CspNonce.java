package org.fabrique.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The nonce of this page's Content-Security-Policy, for the forms sent by a plain submit button
 * ({@code h:commandButton}: the language switch, signing out, a file upload) rather than by PrimeFaces'
 * script, which adds it itself: PrimeFaces checks on the postback that the form carries the nonce of the
 * page it came from ({@code <input type="hidden" name="primefaces.nonce" value="#{cspNonce.value}"/>}).
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
