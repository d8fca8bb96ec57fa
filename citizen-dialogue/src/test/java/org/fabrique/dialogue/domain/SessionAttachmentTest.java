package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.NOW;
import static org.fabrique.dialogue.domain.Examples.dialogueProject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionAttachmentTest {

    static final byte[] PDF = "%PDF-1.7\n% affiche\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0};

    private final DialogueSession session = new DialogueSession(dialogueProject(), LocalDate.of(2026, 5, 12),
            "Maison de quartier", ParticipationMethod.PUBLIC_DEBATE, SessionGroup.MIXED, 40, null, null);

    @Test
    void aPdfIsKeptWithItsNameSizeAndWhoSentIt() {
        SessionAttachment file = new SessionAttachment(session, "affiche.pdf", PDF, "pole", NOW);

        assertThat(file.getSession()).isSameAs(session);
        assertThat(file.getFileName()).isEqualTo("affiche.pdf");
        assertThat(file.getKind()).isEqualTo(AttachmentKind.PDF);
        assertThat(file.getKind().mediaType()).isEqualTo("application/pdf");
        assertThat(file.getSize()).isEqualTo(PDF.length);
        assertThat(file.getContent()).isEqualTo(PDF);
        assertThat(file.getUploadedBy()).isEqualTo("pole");
        assertThat(file.getUploadedAt()).isEqualTo(NOW);
    }

    @Test
    void theFolderTheBrowserSendsIsDropped() {
        assertThat(new SessionAttachment(session, "C:\\Users\\agent\\compte-rendu.odt", ZIP, "pole", NOW).getFileName())
                .isEqualTo("compte-rendu.odt");
        assertThat(new SessionAttachment(session, "/home/agent/photo.PNG", PNG, "pole", NOW).getFileName())
                .isEqualTo("photo.PNG");
    }

    @Test
    void theContentCannotBeChangedFromOutside() {
        byte[] content = PDF.clone();
        SessionAttachment file = new SessionAttachment(session, "affiche.pdf", content, "pole", NOW);
        content[0] = 'X';
        file.getContent()[1] = 'X';

        assertThat(file.getContent()).isEqualTo(PDF);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> new SessionAttachment(session, "vide.pdf", new byte[0], "pole", NOW))
                .isInstanceOfSatisfying(AttachmentRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.attachment.empty"));
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsKept() {
        byte[] atLimit = Arrays.copyOf(PDF, SessionAttachment.MAX_BYTES);
        byte[] over = Arrays.copyOf(PDF, SessionAttachment.MAX_BYTES + 1);

        assertThat(new SessionAttachment(session, "gros.pdf", atLimit, "pole", NOW).getSize())
                .isEqualTo(SessionAttachment.MAX_BYTES);
        assertThatThrownBy(() -> new SessionAttachment(session, "trop-gros.pdf", over, "pole", NOW))
                .isInstanceOfSatisfying(AttachmentRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.attachment.tooLarge"));
    }

    @ParameterizedTest
    @CsvSource({"programme.exe", "affiche.pdf.exe", "script.sh", "sans-extension"})
    void aFileOfAnotherKindIsRefused(String name) {
        assertThatThrownBy(() -> new SessionAttachment(session, name, PDF, "pole", NOW))
                .isInstanceOfSatisfying(AttachmentRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.attachment.type"));
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefused() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0};
        assertThatThrownBy(() -> new SessionAttachment(session, "affiche.pdf", executable, "pole", NOW))
                .isInstanceOf(AttachmentRefused.class);
        assertThatThrownBy(() -> new SessionAttachment(session, "photo.jpg", PNG, "pole", NOW))
                .isInstanceOf(AttachmentRefused.class);
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> new SessionAttachment(session, " ", PDF, "pole", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
