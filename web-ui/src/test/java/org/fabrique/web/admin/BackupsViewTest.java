package org.fabrique.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BackupsViewTest {

    private static final String[] FRENCH = {"o", "Ko", "Mo", "Go", "To"};
    private static final String[] ENGLISH = {"B", "KB", "MB", "GB", "TB"};

    @Test
    void a_size_is_read_in_the_largest_unit_it_reaches() {
        assertThat(BackupsView.size(512, Locale.FRENCH, FRENCH)).isEqualTo("512\u00a0o");
        assertThat(BackupsView.size(11_464_704, Locale.FRENCH, FRENCH)).isEqualTo("10,9\u00a0Mo");
        assertThat(BackupsView.size(11_464_704, Locale.ENGLISH, ENGLISH)).isEqualTo("10.9\u00a0MB");
        assertThat(BackupsView.size(2048, Locale.ENGLISH, ENGLISH)).isEqualTo("2\u00a0KB");
        assertThat(BackupsView.size(300L * 1024 * 1024, Locale.ENGLISH, ENGLISH)).isEqualTo("300\u00a0MB");
        assertThat(BackupsView.size(3L * 1024 * 1024 * 1024, Locale.FRENCH, FRENCH)).isEqualTo("3\u00a0Go");
    }
}
