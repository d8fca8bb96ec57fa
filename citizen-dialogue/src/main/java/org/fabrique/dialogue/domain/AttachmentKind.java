package org.fabrique.dialogue.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a session may keep (a poster, minutes, photos, a presentation), recognised by their
 * content, not by what the sender declares: the first bytes must match the kind, and for the zipped
 * office formats the file name's extension says which one it is.
 */
public enum AttachmentKind {

    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    ODT("application/vnd.oasis.opendocument.text", Signatures.ZIP, "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Signatures.ZIP, "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", Signatures.ZIP, "odp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signatures.ZIP, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signatures.ZIP, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Signatures.ZIP, "pptx");

    private static final class Signatures {
        static final byte[] ZIP = {'P', 'K', 3, 4};
    }

    private final String mediaType;
    private final byte[] signature;
    private final String[] extensions;

    AttachmentKind(String mediaType, byte[] signature, String... extensions) {
        this.mediaType = mediaType;
        this.signature = signature;
        this.extensions = extensions;
    }

    /** The media type the file is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The extensions a file of this kind may carry, e.g. {@code pdf}. */
    public String[] extensions() {
        return extensions.clone();
    }

    /**
     * The kind of a file whose name carries one of the known extensions and whose content starts with
     * that kind's signature; empty for anything else (an executable renamed {@code .pdf} included).
     */
    public static Optional<AttachmentKind> detect(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> Arrays.asList(kind.extensions).contains(extension))
                .filter(kind -> startsWith(content, kind.signature))
                .findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
