package org.fabrique.prospective.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.prospective.domain.WorkshopRepository;

/**
 * The workshops' published synthesis notes, for anyone without an account: the workshop's title, policy and
 * cycle and the note, nothing else of a workshop (its members, sessions, minutes, drafts and amendments stay
 * with its members and the pôle, {@link WorkshopAccess}). A note not published does not appear.
 */
@Stateless
@PermitAll
public class PublicSynthesisService {

    public record PublicSynthesis(long workshopId, String title, String policy, String cycle, String note,
            Instant publishedAt) {
    }

    @Inject
    WorkshopRepository workshops;

    @Inject
    PublicPolicyRepository policies;

    /** One page of the published notes, latest publication first. */
    public Page<PublicSynthesis> page(PageRequest request) {
        Map<Long, String> policyNames = policies.all().stream()
                .collect(Collectors.toMap(PublicPolicy::getId, PublicPolicy::getName));
        return workshops.publishedSyntheses(request).map(w -> new PublicSynthesis(w.getId(), w.getTitle(),
                w.getPolicyId() == null ? null : policyNames.get(w.getPolicyId()), w.getCycle().getName(),
                w.getSynthesisNote(), w.getSynthesisPublishedAt()));
    }
}
