package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Refusal.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefusalStatusTest {

    @ParameterizedTest
    @CsvSource({
        "INVALID, 400", "UNAUTHENTICATED, 401", "FORBIDDEN, 403", "NOT_FOUND, 404", "TIMED_OUT, 408",
        "TOO_LARGE, 413", "RATE_LIMITED, 429", "INTERNAL, 500", "UNSUPPORTED, 501", "UNAVAILABLE, 503",
        "BUSY, 503", "NO_SPACE, 507"
    })
    void each_reason_has_one_status(Reason reason, int status) {
        assertThat(RefusalStatus.of(reason)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"400, 400", "401, 400", "613, 400"})
    void chevereto_codes_do_not_decide_the_status(int code, int status) {
        assertThat(RefusalStatus.of(new Refusal(code, Reason.INVALID, "refused"))).isEqualTo(status);
    }

    @Test
    void the_catalogue_answers_with_the_statuses_chevereto_clients_expect() {
        assertThat(RefusalStatus.of(Refusal.bodyTooBig("1 MB"))).isEqualTo(413);
        assertThat(RefusalStatus.of(Refusal.flooding("3 images per minute", 5))).isEqualTo(429);
        assertThat(RefusalStatus.of(Refusal.noSpace())).isEqualTo(507);
        assertThat(RefusalStatus.of(Refusal.requestDenied())).isEqualTo(401);
        assertThat(RefusalStatus.of(Refusal.fileDateForbidden())).isEqualTo(400);
        assertThat(RefusalStatus.of(Refusal.tempFileFailed())).isEqualTo(500);
        assertThat(RefusalStatus.of(Refusal.busy())).isEqualTo(503);
    }
}
