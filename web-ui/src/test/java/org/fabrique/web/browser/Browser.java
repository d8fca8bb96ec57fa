package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.fabrique.web.it.DemoAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven as a person would use Fabrique: a new session each time, in a {@link Chromium}
 * kept from an earlier test or launched for this one.
 */
public final class Browser implements AutoCloseable {

    /** axe-core's WCAG 2.1 A and AA rules, run in the page itself; only the violations are sent back. */
    private static final AxeRunOptions WCAG_A_AA = new AxeRunOptions();

    static {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        WCAG_A_AA.setRunOnly(tags);
        WCAG_A_AA.setResultTypes(List.of("violations"));
    }

    private final Chromium chromium;
    private final WebDriver driver;
    private final String base;

    public Browser(URL deployment) {
        chromium = Chromium.take();
        driver = chromium.driver();
        String url = deployment.toString();
        base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens an address of Fabrique as the address bar does, and waits for its document: Chromium's driver now and then
     * answered a navigation from a blank page before the new document was there (a test then found no field).
     */
    public Browser open(String path) {
        driver.get(base + path);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return location.protocol !== 'about:' && document.readyState === 'complete';")));
        return this;
    }

    /** Signs in as a demo account, and fails with what the page says when that does not sign in. */
    public void signIn(String username) {
        signIn(username, DemoAccounts.PASSWORD);
        if (driver.findElements(By.id("logoutForm:logout")).isEmpty()) {
            throw new AssertionError("Signing in as " + username + " failed: " + pageText());
        }
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        clickAndWaitForNextPage(By.id("login:submit"));
    }

    /** The whole text of the page, for a failure's message. */
    public String pageText() {
        return path() + ": " + driver.findElement(By.tagName("body")).getText();
    }

    /** Signs out as a person does: opens the menu under their name, then signs out. */
    public void signOut() {
        driver.findElement(By.cssSelector(".account-menu > summary")).click();
        clickAndWaitForNextPage(By.id("logoutForm:logout"));
    }

    /**
     * Chooses a radio button or checkbox with the keyboard (Space), as a keyboard user does. Successive
     * mouse clicks that land on the same spot count as a double-click, which Chrome does not treat as a
     * choice.
     */
    public void choose(By by) {
        driver.findElement(by).sendKeys(Keys.SPACE);
    }

    /**
     * Clicks a button that submits its form without Ajax, and waits until the next page is loaded: the
     * current window object is marked, and a new document does not carry the mark.
     */
    public void clickAndWaitForNextPage(By button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.fabriqueOldPage = true;");
        driver.findElement(button).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return window.fabriqueOldPage === undefined && document.readyState === 'complete';")));
        } catch (TimeoutException e) {
            throw new AssertionError("No next page after " + button + " on " + path() + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /**
     * Fills a date field ({@code type="date"}) with an ISO date: typing into one depends on the browser's locale,
     * the value it submits does not.
     */
    public void fillDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    /** Reloads the page as the browser's reload button does, and waits for the new document. */
    public void reload() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.fabriqueOldPage = true;");
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.fabriqueOldPage === undefined && document.readyState === 'complete';")));
    }

    public void chooseLanguage(String code) {
        clickAndWaitForNextPage(By.id("languageForm:" + code));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> code.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    public String text(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing visible at " + by + " on " + path() + "; the page says: "
                    + driver.findElements(By.cssSelector(".message-error, .message-info, .ui-message-error, .ui-message"))
                            .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList(), e);
        }
    }

    public String heading() {
        return text(By.tagName("h1"));
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * Waits until an information message containing {@code text} shows, through the element replacements
     * of PrimeFaces updates; fails with what the page says otherwise.
     */
    public void waitForInfo(String text) {
        waitForMessage(".message-info", text);
    }

    /** Waits until an element matching {@code css} (a message, say) contains {@code text}, as {@link #waitForInfo}. */
    public void waitForMessage(String css, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
        } catch (TimeoutException e) {
            throw new AssertionError("No « " + text + " » in " + css + " on " + path() + "; the page says: "
                    + driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    /** Waits until PrimeFaces' and jQuery's AJAX requests are all answered. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * Types each of the {@code typed} texts in turn into a PrimeFaces picker (its client id) until it suggests a name
     * that {@code acceptable} takes, chooses that suggestion as a person does, and returns it.
     */
    public String pick(String pickerId, List<String> typed, java.util.function.Predicate<String> acceptable) {
        WebElement input = driver.findElement(By.id(pickerId + "_input"));
        By suggestions = By.cssSelector("[id='" + pickerId + "_panel'] li.ui-autocomplete-item");
        for (String text : typed) {
            input.clear();
            input.sendKeys(text);
            waitForAjax();
            List<WebElement> shown = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                List<WebElement> items = d.findElements(suggestions);
                return items.isEmpty() || !items.get(0).isDisplayed() ? null : items;
            });
            for (WebElement item : shown) {
                String name = item.getText().strip();
                if (acceptable.test(name)) {
                    item.click();
                    new WebDriverWait(driver, Duration.ofSeconds(10))
                            .until(d -> name.equals(d.findElement(By.id(pickerId + "_input")).getDomProperty("value")));
                    return name;
                }
            }
        }
        throw new AssertionError("no acceptable suggestion in " + pickerId + " for " + typed);
    }

    /** The button of that id (a PrimeFaces row's client id ends with it) in the table row that shows that text. */
    public static By rowButton(String rowText, String id) {
        return By.xpath("//tr[td[contains(normalize-space(.), \"" + rowText + "\")]]//button[contains(@id, ':" + id + "')]");
    }

    /**
     * Waits until an element is shown, through the element replacements of PrimeFaces updates, and returns it; fails
     * with what the page says otherwise.
     */
    public WebElement shown(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing shown at " + by + " on " + path() + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Whether the element's top is within the window, as a person sees it without scrolling. */
    public boolean inViewport(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;", element));
    }

    /** Waits until the element whose id ends with {@code idSuffix} has the focus (a form or confirmation just opened). */
    /** Waits until the focus is on an element whose id starts with {@code idPrefix} (a form opened by Ajax). */
    public void waitForFocusIn(String idPrefix) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> focusedId().startsWith(idPrefix));
        } catch (TimeoutException e) {
            throw new AssertionError("The focus is on « " + focusedId() + " », not in " + idPrefix + "…", e);
        }
    }

    public void waitForFocus(String idSuffix) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> focusedId().endsWith(idSuffix));
        } catch (TimeoutException e) {
            throw new AssertionError("The focus is on « " + focusedId() + " », not on …" + idSuffix, e);
        }
    }

    /** The id of the element that has the focus. */
    public String focusedId() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement.id;"));
    }

    /** The main menu's entries in order, a group's name before its own entries, whether the group is open or not. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("nav.main-menu a, nav.main-menu summary")).stream()
                .map(e -> e.getDomProperty("textContent").strip()).toList();
    }

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules on the current page and fails on any violation. axe runs in the page
     * itself (its legacy mode: Fabrique's pages have no frames), not in a window opened for its last step.
     */
    public void assertAccessible() {
        Results results = new AxeBuilder().withOptions(WCAG_A_AA).disableIframeTesting().setLegacyMode(true)
                .analyze(driver);
        assertThat(results.getViolations())
                .as(() -> "WCAG 2.1 A/AA violations on " + path() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }


    /**
     * Ends this session: the Chromium goes back to a new one's state for the next test (or is quit). Fails when
     * Chromium reported that a Content-Security-Policy blocked something on any page it showed (a script, a style, a
     * frame): every page must work under its policy.
     */
    @Override
    public void close() {
        List<String> blocked = List.of();
        boolean answered = false;
        try {
            blocked = chromium.consoleMessages().stream().filter(message -> message.contains("Content Security Policy"))
                    .toList();
            answered = true;
        } finally {
            if (answered) {
                chromium.release(base);
            } else {
                chromium.quit();
            }
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }
}
