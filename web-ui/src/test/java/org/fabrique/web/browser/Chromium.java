package org.fabrique.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Debian Chromium and its chromedriver, kept for the next {@link Browser} when a test is done with it:
 * launching one takes more than a second of this two-core machine, more than most steps of a test, and the suite
 * opens about 120. A test still gets the browser a person would find on another day: {@link #release} shows a blank
 * page, closes any other window, deletes every cookie and the site's storage, and brings the window's size and the
 * driver's timeouts back to a new browser's; a Chromium that cannot be brought back so is quit instead. What a kept
 * Chromium keeps is its HTTP cache of the application's scripts and styles, as a person's browser does.
 *
 * <p>It never downloads a browser or a driver: it uses /usr/bin/chromium and /usr/bin/chromedriver (the README's
 * test command installs them), and a test fails, never skips, when they cannot start.
 */
final class Chromium {

    private static final Dimension WINDOW = new Dimension(1280, 1000);
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    /** A new chromedriver's script timeout (W3C WebDriver's default); axe-core's builder changes it. */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);
    /** How many idle ones are kept: a test drives at most two at once (two people, two sessions). */
    private static final int KEPT = 2;
    private static final Deque<Chromium> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quitIdle, "quit-idle-chromium"));
    }

    private final Path home;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final String window;

    private Chromium(Path home, ChromeDriverService service, ChromeDriver driver) {
        this.home = home;
        this.service = service;
        this.driver = driver;
        this.window = driver.getWindowHandle();
    }

    /** An idle Chromium brought back to a new one's state, or a new one. */
    static Chromium take() {
        synchronized (IDLE) {
            Chromium idle = IDLE.pollFirst();
            if (idle != null) {
                return idle;
            }
        }
        return launch();
    }

    WebDriver driver() {
        return driver;
    }

    /** The browser console's messages since the last call (where Chromium reports what a Content-Security-Policy blocked). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /**
     * Brings this Chromium back to a new one's state and keeps it for the next test, or quits it when that fails or
     * enough are kept.
     *
     * @param site the address of the application it showed, whose storage is cleared
     */
    void release(String site) {
        try {
            reset(site);
        } catch (RuntimeException e) {
            quit();
            return;
        }
        synchronized (IDLE) {
            if (IDLE.size() < KEPT) {
                IDLE.addLast(this);
                return;
            }
        }
        quit();
    }

    private void reset(String site) {
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // the usual case
        }
        for (String other : driver.getWindowHandles()) {
            if (!other.equals(window)) {
                driver.switchTo().window(other).close();
            }
        }
        driver.switchTo().window(window);
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        URI address = URI.create(site);
        String origin = address.getScheme() + "://" + address.getHost() + (address.getPort() < 0 ? "" : ":" + address.getPort());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        if (!driver.manage().window().getSize().equals(WINDOW)) {
            driver.manage().window().setSize(WINDOW);
        }
        driver.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(PAGE_LOAD_TIMEOUT)
                .scriptTimeout(SCRIPT_TIMEOUT);
        consoleMessages();
    }

    /** Quits Chromium and its driver and deletes its profile. */
    void quit() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone: what is left is its driver and its files
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.forEach(Chromium::quit);
            IDLE.clear();
        }
    }

    private static Chromium launch() {
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("The browser tests need " + binary + " and " + chromedriver
                    + " (Debian packages chromium and chromium-driver); the README's test command installs them.");
        }
        Path home;
        try {
            home = Files.createTempDirectory("fabrique-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        // the console, where Chromium reports what a Content-Security-Policy blocked (read by Browser.close())
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                "--lang=fr-FR", "--user-data-dir=" + home.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
        return new Chromium(home, service, driver);
    }
}
