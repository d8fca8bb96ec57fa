package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.prospective.application.PublicSynthesisService.PublicSynthesis;
import org.fabrique.prospective.application.PublicSynthesisService;
import org.fabrique.web.faces.PageWindow;

/**
 * public/workshops.xhtml?page=: the workshops' published synthesis notes, the latest first, ten a page, and
 * nothing else of a workshop.
 */
@Named
@RequestScoped
public class PublicWorkshopsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Notes on a page; the public index lists their titles by the same pages, so that its links find them. */
    static final int PAGE_SIZE = 10;

    @Inject
    PublicSynthesisService syntheses;

    /** The page shown, from the address, from 0. */
    private int page;
    private final PageWindow pager = new PageWindow(PAGE_SIZE);
    private List<PublicSynthesis> notes = List.of();

    public void load() {
        notes = pager.read(page, syntheses::page).items();
        page = pager.getPage();
    }

    public List<PublicSynthesis> getNotes() { return notes; }
    public PageWindow getPager() { return pager; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
