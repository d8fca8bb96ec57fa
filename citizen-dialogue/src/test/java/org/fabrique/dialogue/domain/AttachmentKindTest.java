package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentKindTest {

    @ParameterizedTest
    @CsvSource({
            "affiche.pdf, PDF", "AFFICHE.PDF, PDF", "photo.png, PNG", "photo.jpg, JPEG", "photo.JPEG, JPEG",
            "compte-rendu.odt, ODT", "chiffres.ods, ODS", "support.odp, ODP", "compte-rendu.docx, DOCX",
            "chiffres.xlsx, XLSX", "support.pptx, PPTX"})
    void eachKindIsRecognisedByItsExtensionAndItsFirstBytes(String name, AttachmentKind expected) {
        byte[] content = switch (expected) {
            case PDF -> SessionAttachmentTest.PDF;
            case PNG -> SessionAttachmentTest.PNG;
            case JPEG -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
            default -> SessionAttachmentTest.ZIP;
        };

        assertThat(AttachmentKind.detect(name, content)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"archive.zip", "page.html", "image.svg", "texte.txt"})
    void otherFilesAreNotRecognisedEvenWithAnAcceptedSignature(String name) {
        assertThat(AttachmentKind.detect(name, SessionAttachmentTest.ZIP)).isEmpty();
        assertThat(AttachmentKind.detect(name, SessionAttachmentTest.PDF)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"affiche.pdf", "compte-rendu.docx"})
    void aTruncatedFileIsNotRecognised(String name) {
        assertThat(AttachmentKind.detect(name, new byte[] {'%'})).isEmpty();
        assertThat(AttachmentKind.detect(name, new byte[] {'P'})).isEmpty();
    }
}
