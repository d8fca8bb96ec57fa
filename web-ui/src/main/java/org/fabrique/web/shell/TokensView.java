package org.fabrique.web.shell;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.NewToken;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.TokenService;
import org.fabrique.core.application.TokenSummary;
import org.fabrique.web.faces.Messages;

/**
 * account.xhtml, personal API tokens: the person creates one (its secret is shown on this page once),
 * lists theirs with their last use, and revokes one after confirming.
 */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TokenService tokens;

    @Inject
    Messages messages;

    private List<TokenSummary> mine;
    private String name;
    private LocalDate expiresOn;
    /** The secret of the token just created, shown once; forgotten at the next action. */
    private String secret;
    private Long revoking;

    public void load() {
        mine = tokens.mine();
    }

    public void create() {
        secret = null;
        revoking = null;
        try {
            NewToken created = tokens.create(name, expiresOn);
            secret = created.secret();
            messages.info("tokens.created", created.token().name());
            name = null;
            expiresOn = null;
            mine = tokens.mine();
        } catch (InvalidInput e) {
            messages.refused(e, "newToken");
        }
    }

    /** Asks to revoke a token: the confirmation opens under its row. */
    public void askRevoke(TokenSummary token) {
        secret = null;
        revoking = token.id();
    }

    public void cancelRevoke() {
        revoking = null;
    }

    public void revoke(TokenSummary token) {
        try {
            tokens.revoke(token.id());
            messages.info("tokens.revoked", token.name());
        } catch (RecordNotFound e) {
            messages.error("tokens.gone");
        }
        revoking = null;
        mine = tokens.mine();
    }

    public boolean isRevoking(TokenSummary token) {
        return revoking != null && revoking == token.id();
    }

    public String at(Instant instant) {
        return instant == null ? "" : messages.dateTime(instant);
    }

    public String day(LocalDate day) {
        return messages.date(day);
    }

    public LocalDate getDefaultExpiry() {
        return LocalDate.now(org.fabrique.core.application.CityClock.ZONE).plusDays(TokenService.DEFAULT_DAYS);
    }

    public List<TokenSummary> getMine() {
        return mine;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
