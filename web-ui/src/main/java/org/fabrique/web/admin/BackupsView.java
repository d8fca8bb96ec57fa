package org.fabrique.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.web.backup.BackupByPgDump;
import org.fabrique.web.backup.BackupFile;
import org.fabrique.web.backup.BackupPlace;
import org.fabrique.web.backup.BackupService;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/** backups.xhtml: the pôle reads the backups kept, newest first, and takes one at once. */
@Named
@ViewScoped
public class BackupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BackupService backups;

    @Inject
    Messages messages;

    @Inject
    Texts texts;

    @Inject
    LocaleSelection locale;

    private BackupPlace place;
    private List<BackupFile> kept;

    public void load() {
        place = backups.place();
        kept = backups.backups(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public void backUpNow() {
        try {
            BackupFile taken = backups.backUp();
            messages.info("backups.done", taken.file(), size(taken.size()));
            kept = backups.backups(new PageRequest(0, PageRequest.MAX_SIZE)).items();
        } catch (BackupByPgDump e) {
            messages.error("backups.postgresql");
        } catch (StateConflict e) {
            messages.refused(e);
        }
    }

    public BackupPlace getPlace() {
        return place;
    }

    public List<BackupFile> getKept() {
        return kept;
    }

    /** A size as the person reads it: "10,9 Mo", "10.9 MB". */
    public String size(long bytes) {
        return size(bytes, locale.getLocale(), texts.page("backups.units", locale.getLocale()).split(","));
    }

    /** When a backup was taken, in the person's language, Paris time, as histories read: "3 décembre 2026, 02:00". */
    public String date(Instant at) {
        return messages.dateTime(at);
    }

    /** {@code bytes} in the largest unit of {@code units} (bytes, then steps of 1024) it reaches, one decimal at most. */
    static String size(long bytes, Locale locale, String[] units) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return number.format(value) + "\u00a0" + units[unit];
    }
}
