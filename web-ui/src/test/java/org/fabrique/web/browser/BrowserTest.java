package org.fabrique.web.browser;

import org.fabrique.web.it.DeployedFabrique;
import org.junit.jupiter.api.AfterEach;

/** A test class that drives Fabrique in a browser; each test gets a new session, closed after it. */
abstract class BrowserTest extends DeployedFabrique {

    private Browser browser;

    protected Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    /** Closes the browser and opens a new one: a new session, as on another day. */
    protected Browser newBrowser() {
        closeBrowser();
        return browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
