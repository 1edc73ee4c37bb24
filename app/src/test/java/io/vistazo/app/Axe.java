package io.vistazo.app;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core (the script Deque ships in {@code com.deque.html.axe-core:selenium}, put into the page by
 * WebDriver, so the page's Content-Security-Policy does not apply to it) on the page a browser shows, with all
 * its rules, and reports the violations that count: those axe rates serious or critical.
 */
final class Axe {

    private static final Set<String> COUNTED = Set.of("serious", "critical");

    private Axe() {
    }

    /** One line per element that breaks a counted rule: page, rule id, impact, the element's selector, help. */
    static List<String> seriousViolations(Chromium browser, String page) {
        Results results = new AxeBuilder().analyze(browser.driver);
        if (results.isErrored()) {
            throw new AssertionError("axe failed on " + page + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (COUNTED.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                            + ": " + rule.getHelp() + " " + node.getFailureSummary());
                }
            }
        }
        return found;
    }
}
