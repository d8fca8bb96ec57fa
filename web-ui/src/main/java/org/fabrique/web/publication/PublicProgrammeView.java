package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.dialogue.application.PublicProgrammeService.PublicProgramme;
import org.fabrique.dialogue.application.PublicProgrammeService;

/**
 * public/programme.xhtml?year=: a validated programme as the city publishes it, the same content as
 * {@code GET /api/public/programmes/{year}}: its dialogue projects, the published recommendations with
 * their answers, the on-time answer rate. An open or unknown year is not found.
 */
@Named
@RequestScoped
public class PublicProgrammeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicProgrammeService programmes;

    private Integer year;
    private PublicProgramme programme;

    public void load() {
        if (year == null) {
            throw new RecordNotFound("programme", "none");
        }
        programme = programmes.byYear(year);
    }

    /** How many recommendations the city has published an answer to, over the programme's projects. */
    public long getPublishedCount() {
        return programme.projects().stream().mapToLong(p -> p.recommendations().size()).sum();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public PublicProgramme getProgramme() { return programme; }
}
