package org.fabrique.evaluation.application;

import java.util.List;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.domain.Quote;

/**
 * A quote, verbatim, attributed by its interviewee's category only: it has no name, for any reader (the
 * pôle finds the name on the interview).
 */
public record QuoteView(long id, long interviewId, String text, IntervieweeCategory category, List<String> themes,
        List<Long> questionIds, long version) {
    static QuoteView of(Quote q) {
        return new QuoteView(q.getId(), q.getInterview().getId(), q.getText(), q.getInterview().getCategory(),
                q.getThemes().stream().sorted().toList(), q.getQuestionIds().stream().sorted().toList(), q.getVersion());
    }
}
