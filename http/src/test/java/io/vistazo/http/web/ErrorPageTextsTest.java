package io.vistazo.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Refusal;
import io.vistazo.http.RefusalStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every status a refusal can end in has its own title and text on the error page, in both languages. */
class ErrorPageTextsTest {

    @Test
    void everyRefusalStatusHasItsOwnErrorPageTexts() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            Arrays.stream(Refusal.Reason.values()).map(RefusalStatus::of).distinct().forEach(status -> {
                assertThat(messages.has("error." + status + ".title")).as(language + " " + status).isTrue();
                assertThat(messages.has("error." + status + ".text")).as(language + " " + status).isTrue();
            });
        }
    }
}
