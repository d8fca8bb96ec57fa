package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.evaluation.application.InterviewService;
import org.fabrique.evaluation.application.PublicEvaluationService.PublicQuote;
import org.fabrique.evaluation.application.PublicEvaluationService;
import org.fabrique.evaluation.application.QuoteView;
import org.fabrique.evaluation.application.ThemeCount;

/**
 * "What the interviews say" on evaluation/evaluation.xhtml: the quotes grouped by theme, each attributed
 * by its interviewee's category only, for the pôle and the steering committee. The quotes are read once
 * (two queries and the page's themes), then grouped here.
 */
@Named
@ViewScoped
public class EvaluationVoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A theme (null for the quotes that carry none) and its quotes, by interview date. */
    public record ThemeQuotes(String theme, List<QuoteView> quotes) {
    }

    @Inject
    InterviewService interviews;

    @Inject
    PublicEvaluationService published;

    private List<ThemeQuotes> themes = List.of();
    private List<PublicQuote> publishedQuotes = List.of();
    private boolean more;

    /**
     * For an outsider, who reads that the interviews are confidential, only the quotes a published report made
     * public (what anybody reads on the report's public page).
     */
    public void load(long evaluationId, boolean insider, boolean reportPublished) {
        if (!insider) {
            if (reportPublished) {
                publishedQuotes = published.publishedQuotes(evaluationId);
            }
            return;
        }
        Page<QuoteView> quotes = interviews.quotes(evaluationId, null, new PageRequest(0, PageRequest.MAX_SIZE));
        more = quotes.total() > quotes.items().size();
        List<ThemeQuotes> grouped = new ArrayList<>();
        for (ThemeCount theme : interviews.themes(evaluationId)) {
            List<QuoteView> own = quotes.items().stream().filter(q -> q.themes().contains(theme.theme())).toList();
            if (!own.isEmpty()) {
                grouped.add(new ThemeQuotes(theme.theme(), own));
            }
        }
        List<QuoteView> untagged = quotes.items().stream().filter(q -> q.themes().isEmpty()).toList();
        if (!untagged.isEmpty()) {
            grouped.add(new ThemeQuotes(null, untagged));
        }
        themes = grouped;
    }

    public List<ThemeQuotes> getThemes() { return themes; }
    public List<PublicQuote> getPublishedQuotes() { return publishedQuotes; }
    /** Whether the evaluation has more quotes than one read shows (the interviews' page has them all). */
    public boolean isMore() { return more; }
}
