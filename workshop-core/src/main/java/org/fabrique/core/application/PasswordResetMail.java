package org.fabrique.core.application;

import org.fabrique.core.domain.Account;

/** The mail that carries a password reset link, in the person's language (French unless they chose English). */
final class PasswordResetMail {

    private PasswordResetMail() {
    }

    static MailMessage of(Account account, String link) {
        String name = account.getPerson().getName();
        if ("en".equals(account.getLanguage())) {
            return new MailMessage(account.getPerson().getEmail(), "Fabrique: choose a new password",
                    "Hello " + name + ",\n\n"
                            + "The citizen dialogue unit has sent you this link to choose a new password for your "
                            + "Fabrique account (" + account.getUsername() + "):\n\n" + link + "\n\n"
                            + "It works once, within 24 hours. Your current password stays valid until then. "
                            + "If you did not ask for it, ignore this mail and tell the unit.\n");
        }
        return new MailMessage(account.getPerson().getEmail(), "Fabrique : choisissez un nouveau mot de passe",
                "Bonjour " + name + ",\n\n"
                        + "Le pôle dialogue citoyen vous envoie ce lien pour choisir un nouveau mot de passe pour votre "
                        + "compte Fabrique (" + account.getUsername() + ") :\n\n" + link + "\n\n"
                        + "Il ne sert qu'une fois, dans les 24 heures. Votre mot de passe actuel reste valable d'ici là. "
                        + "Si vous ne l'avez pas demandé, ignorez ce message et prévenez le pôle.\n");
    }
}
