package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fabrique.web.it.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The header keeps to one row on a 1366 px wide screen in both languages, for the pôle whose menu is the longest; its
 * groups open with the keyboard, show their entries, and close with Escape.
 */
class HeaderIT extends BrowserTest {

    /** The tops and bottoms of the header's items (brand, menu entries, search, language, name), in pixels. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Number>> boxes(Browser browser) {
        return (List<Map<String, Number>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('.topbar .brand, .main-menu > ul > li, #searchBox,"
                        + " .language-switch, .account-menu > summary')).map(function (e) {"
                        + " var r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, right: r.right}; });");
    }

    private static void assertOneRow(Browser browser, String language) {
        List<Map<String, Number>> boxes = boxes(browser);
        assertThat(boxes).as("the brand, five entries of the pôle's menu, search, language and name").hasSize(9);
        double firstBottom = boxes.get(0).get("bottom").doubleValue();
        assertThat(boxes).as("every item of the header beside the brand, in " + language)
                .allSatisfy(box -> assertThat(box.get("top").doubleValue()).isLessThan(firstBottom))
                .allSatisfy(box -> assertThat(box.get("right").doubleValue()).isLessThanOrEqualTo(1366));
    }

    private static By menuLink(String text) {
        return By.xpath("//nav[@class='main-menu']//a[normalize-space(.)='" + text + "']");
    }

    @Test
    void the_header_keeps_to_one_row_at_1366_pixels_in_french_and_in_english() {
        Browser browser = browser();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signIn(DemoAccounts.POLE);
        try {
            assertOneRow(browser, "French");
            browser.chooseLanguage("en");
            assertOneRow(browser, "English");
        } finally {
            browser.chooseLanguage("fr"); // the pôle's account stays French for the other tests
        }
    }

    @Test
    void a_group_opens_with_the_keyboard_and_closes_with_escape() {
        Browser browser = browser();
        browser.signIn(DemoAccounts.POLE);
        WebElement admin = browser.driver().findElement(By.xpath("//nav[@class='main-menu']//summary[.='Administration']"));
        WebElement accounts = browser.driver().findElement(menuLink("Comptes"));
        assertThat(accounts.isDisplayed()).as("closed, the group hides its entries").isFalse();

        admin.sendKeys(Keys.ENTER);
        assertThat(accounts.isDisplayed()).isTrue();
        browser.assertAccessible();
        WebElement dialogue = browser.driver().findElement(By.xpath("//nav[@class='main-menu']//summary[.='Dialogue citoyen']"));
        dialogue.sendKeys(Keys.ENTER);
        assertThat(accounts.isDisplayed()).as("one group open at a time").isFalse();
        assertThat(browser.driver().findElement(menuLink("Préconisations")).isDisplayed()).isTrue();

        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(browser.driver().findElement(menuLink("Préconisations")).isDisplayed()).isFalse();
        assertThat(browser.driver().switchTo().activeElement().getText()).as("the focus back on the group's name")
                .isEqualTo("Dialogue citoyen");

        dialogue.sendKeys(Keys.ENTER);
        browser.clickAndWaitForNextPage(menuLink("Préconisations"));
        assertThat(browser.path()).startsWith("/dialogue/recommendations.xhtml");
        assertThat(browser.driver().findElement(By.xpath("//nav[@class='main-menu']//summary[.='Dialogue citoyen']"))
                .getDomAttribute("class")).as("the group of the page shown is marked").contains("current");
    }
}
