package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.web.faces.PageWindow;
import org.fabrique.dialogue.application.PublicProgrammeService;
import org.fabrique.dialogue.application.PublicProgrammeService.PublicProgrammePage;

/**
 * public/programme.xhtml?year=&page=: a validated programme as the city publishes it, the content of
 * {@code GET /api/public/programmes/{year}} twenty projects at a time: the programme's figures (projects,
 * recommendations, published answers, the on-time answer rate), then a page of its dialogue projects by title with
 * their published recommendations and answers. An open or unknown year is not found.
 */
@Named
@RequestScoped
public class PublicProgrammeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    PublicProgrammeService programmes;

    private Integer year;
    /** The page shown, from the address, from 0. */
    private int page;
    private final PageWindow pager = new PageWindow(PAGE_SIZE);
    private PublicProgrammePage programme;

    public void load() {
        if (year == null) {
            throw new RecordNotFound("programme", "none");
        }
        programme = pager.read(page, request -> programmes.page(year, request), PublicProgrammePage::projects);
        page = pager.getPage();
    }

    /**
     * Where the projects shown sit among the programme's; not paged on a postback (the language switch, say),
     * which loads nothing: it goes back to this page's address.
     */
    public PageWindow getPager() { return pager; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public PublicProgrammePage getProgramme() { return programme; }
}
