package io.vistazo.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What a person does on {@code /upload}, as steps for the browser tests. */
final class UploaderUi {

    final Chromium browser;
    private final String baseUrl;

    UploaderUi(Chromium browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Signs in through the login form, which brings the visitor back to the uploader. */
    void signIn(String name) {
        browser.get(baseUrl + "/login?next=/upload");
        browser.byId("name").sendKeys(name);
        browser.byId("password").sendKeys(WebUsers.PASSWORD, Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/upload"));
        browser.waitVisible(By.id("up-box"));
    }

    void open(String pathAndQuery) {
        browser.get(baseUrl + pathAndQuery);
        browser.waitVisible(By.tagName("body"));
    }

    void add(Path... files) {
        browser.choose("up-files", Arrays.asList(files));
    }

    /** The queue's state attribute: empty, ready, sending or results. */
    String state() {
        return browser.byId("up-box").getAttribute("data-state");
    }

    void waitForState(String state) {
        browser.waitUntil(driver -> state.equals(state()));
    }

    void start() {
        browser.byId("up-start").click();
    }

    /** The overall percentage the page last showed. */
    int progress() {
        String value = browser.byId("up-box").getAttribute("data-progress");
        return value == null ? -1 : Integer.parseInt(value);
    }

    /** The progress heading's text, also once it is hidden. */
    String progressHeading() {
        return browser.byId("up-progress-heading").getAttribute("textContent");
    }

    String visibleText(String id) {
        return browser.waitVisible(By.id(id)).getText();
    }

    /** The lines of a dialog's list ({@code up-report}, {@code up-refused}), once it is open. */
    List<String> dialogLines(String dialogId) {
        browser.waitVisible(By.id(dialogId));
        return browser.driver.findElements(By.cssSelector("#" + dialogId + "-list li")).stream()
                .map(WebElement::getText).toList();
    }

    /** Closes the open dialog with the keyboard. */
    void escape(String dialogId) {
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntil(driver -> !driver.findElement(By.id(dialogId)).isDisplayed());
    }

    /** The codes of one kind ({@code direct}, {@code viewer}, {@code markdown_full}…), one per uploaded file. */
    List<String> codes(String kind) {
        new Select(browser.byId("up-code-kind")).selectByValue(kind);
        return List.of(browser.byId("up-code-text").getAttribute("value").split("\n"));
    }
}
