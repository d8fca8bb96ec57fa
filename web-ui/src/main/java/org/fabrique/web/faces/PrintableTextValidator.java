package org.fabrique.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.fabrique.core.domain.PrintableText;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/**
 * The text rule of every form field (a default validator, faces-config.xml): what {@link PrintableText}
 * refuses is refused beside the field, as the API refuses it. Line breaks and tabs are allowed in a text
 * area only.
 */
@FacesValidator("fabrique.printableText")
public class PrintableTextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        boolean multiline = component instanceof HtmlInputTextarea
                || component.getClass().getSimpleName().contains("Textarea")
                || component.getClass().getSimpleName().contains("TextEditor");
        PrintableText.problem(text, multiline).ifPresent(key -> {
            var cdi = CDI.current();
            String message = cdi.select(Texts.class).get().validation(key,
                    cdi.select(LocaleSelection.class).get().getLocale());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        });
    }
}
