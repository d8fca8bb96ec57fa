package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.prospective.application.PublicSynthesisService.PublicSynthesis;
import org.fabrique.prospective.application.PublicSynthesisService;

/** public/workshops.xhtml: the workshops' published synthesis notes, and nothing else of a workshop. */
@Named
@RequestScoped
public class PublicWorkshopsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicSynthesisService syntheses;

    private List<PublicSynthesis> notes = List.of();

    public void load() {
        notes = syntheses.page(PublicIndexView.LATEST).items();
    }

    public List<PublicSynthesis> getNotes() { return notes; }
}
