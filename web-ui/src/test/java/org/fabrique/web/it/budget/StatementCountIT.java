package org.fabrique.web.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * The deployed server counts each request's SQL statements, the ground of the query budgets: the health probe
 * sends none, a signed-in call some, and two calls are counted apart.
 */
class StatementCountIT extends DeployedFabrique {

    @Test
    void the_probe_sends_no_statement_and_a_list_some() {
        StatementBudget.Counted probe = StatementBudget.count(api(), api().request("api/health", null).GET());
        assertThat(probe.response().statusCode()).isEqualTo(200);
        assertThat(probe.statements()).isZero();

        StatementBudget.Counted list = StatementBudget.count(api(),
                api().request("api/recommendations?size=50", DemoAccounts.POLE).GET());
        assertThat(list.response().statusCode()).isEqualTo(200);
        assertThat(list.statements()).isPositive();
    }
}
