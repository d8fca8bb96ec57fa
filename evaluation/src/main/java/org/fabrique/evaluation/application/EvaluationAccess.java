package org.fabrique.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.Role;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationRepository;

/**
 * Who may read what of an evaluation, in one place: anyone its framing, questions, findings,
 * indicators and recommendations; the pôle and its steering committee its interviews and quotes. Every
 * service that reads interviews or quotes goes through here.
 */
@ApplicationScoped
public class EvaluationAccess {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    AccountService accounts;

    /** The evaluation, or {@link RecordNotFound}. */
    public Evaluation load(long id) {
        return evaluations.findById(id).orElseThrow(() -> new RecordNotFound("evaluation", id));
    }

    /** The evaluation, for an action: at the version the caller read when one was sent (409 otherwise). */
    public Evaluation current(long id, Long expectedVersion) {
        Evaluation evaluation = load(id);
        ExpectedVersion.check(expectedVersion, evaluation.getVersion());
        return evaluation;
    }

    /** The evaluation, for an edit: the version the caller read is required (400) and must be current (409). */
    public Evaluation toEdit(long id, Long expectedVersion) {
        Evaluation evaluation = load(id);
        ExpectedVersion.require(expectedVersion, evaluation.getVersion());
        return evaluation;
    }

    /** Whether the caller is the pôle or sits on the evaluation's steering committee. */
    public boolean isInsider(Evaluation evaluation) {
        Caller caller = accounts.me();
        return caller.role() == Role.POLE || evaluation.isOnSteeringCommittee(caller.accountId());
    }

    /** Whether the caller is the pôle, which alone changes an evaluation. */
    public boolean isPole() {
        return accounts.me().role() == Role.POLE;
    }

    /** The evaluation if the caller is the pôle or on its steering committee; {@link NotOnSteeringCommittee} otherwise. */
    public Evaluation insiderOnly(long id) {
        Evaluation evaluation = load(id);
        if (!isInsider(evaluation)) {
            throw new NotOnSteeringCommittee(id);
        }
        return evaluation;
    }
}
