package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.PageRequest;
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
    /** Beyond this a page number is a typo. */
    private static final int LAST_PAGE = 1000;

    @Inject
    PublicProgrammeService programmes;

    private Integer year;
    /** The page shown, from the address, from 0. */
    private int page;
    private PublicProgrammePage programme;

    public void load() {
        if (year == null) {
            throw new RecordNotFound("programme", "none");
        }
        page = Math.max(0, Math.min(page, LAST_PAGE));
        programme = programmes.page(year, new PageRequest(page, PAGE_SIZE));
        if (programme.projects().items().isEmpty() && page > 0 && programme.projects().total() > 0) {
            // past the last page: the last one
            page = (int) ((programme.projects().total() - 1) / PAGE_SIZE);
            programme = programmes.page(year, new PageRequest(page, PAGE_SIZE));
        }
    }

    /** The position of the page's first project, from 1. */
    public long getFirst() {
        return shown() == 0 ? 0 : (long) page * PAGE_SIZE + 1;
    }

    public long getLast() {
        return (long) page * PAGE_SIZE + shown();
    }

    /**
     * Whether the projects take more than a page. False on a postback (the language switch, say), which loads
     * nothing: it goes back to this page's address.
     */
    public boolean isPaged() {
        return total() > PAGE_SIZE;
    }

    public boolean isMore() {
        return (long) (page + 1) * PAGE_SIZE < total();
    }

    private int shown() {
        return programme == null ? 0 : programme.projects().items().size();
    }

    private long total() {
        return programme == null ? 0 : programme.projects().total();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public PublicProgrammePage getProgramme() { return programme; }
}
