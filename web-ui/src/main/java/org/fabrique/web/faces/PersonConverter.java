package org.fabrique.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.ReferenceDataService;

/**
 * A person chosen in a picker ({@code converter="#{personConverter}"}): the form sends the person's id, the page
 * gets the person back by name; an id that names nobody is refused beside the field.
 */
@Named
@RequestScoped
public class PersonConverter implements Converter<NamedRecord> {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Messages messages;

    @Override
    public NamedRecord getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return referenceData.person(Long.parseLong(value.strip())).orElseThrow(() -> unknown(context));
        } catch (NumberFormatException e) {
            throw unknown(context);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, NamedRecord person) {
        return person == null ? "" : String.valueOf(person.id());
    }

    private ConverterException unknown(FacesContext context) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.text("form.person.unknown"), null));
    }
}
