package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-05-12T08:00:00Z");

    private final Account account = new Account("pole", "hash", Role.POLE,
            new Person("Claire Morel", "claire.morel@demo.fabrique.test", PersonCategory.POLE_STAFF), null);

    @Test
    void itKeepsItsArgumentsInOrderEmptyOnesIncluded() {
        Notification notification = notification(List.of("Un titre", "", "date:2026-06-30"));

        assertThat(notification.getArguments()).containsExactly("Un titre", "", "date:2026-06-30");
        assertThat(notification.getSentAt()).isNull();
    }

    @Test
    void aLongArgumentIsCutToAnExcerpt() {
        char[] text = new char[1000];
        Arrays.fill(text, 'a');

        String kept = notification(List.of(new String(text))).getArguments().get(0);

        assertThat(kept).hasSize(Notification.ARGUMENT_MAX_LENGTH).endsWith("…");
    }

    @Test
    void itIsSentOnceOnly() {
        Notification notification = notification(List.of("x"));
        notification.markSent(NOW);

        assertThat(notification.getSentAt()).isEqualTo(NOW);
        assertThatIllegalStateException().isThrownBy(() -> notification.markSent(NOW));
    }

    @Test
    void itsLinkIsAPathFromTheRoot() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification(account,
                new NotificationKind("CANDIDATE_SUBMITTED"), "candidate:1:submitted", List.of(), "http://elsewhere", NOW));
    }

    @Test
    void anAccountChoosesADigest() {
        assertThat(account.getNotificationPreference()).isEqualTo(NotificationPreference.IMMEDIATE);
        account.chooseNotifications(NotificationPreference.DAILY_DIGEST);
        assertThat(account.getNotificationPreference()).isEqualTo(NotificationPreference.DAILY_DIGEST);
    }

    private Notification notification(List<String> arguments) {
        return new Notification(account, new NotificationKind("CANDIDATE_SUBMITTED"), "candidate:1:submitted", arguments,
                "/dialogue/candidate.xhtml?id=1", NOW);
    }
}
