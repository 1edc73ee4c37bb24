package io.vistazo.http.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

    @Test
    void hasTheDocumentedDefaults() {
        FetchPolicy policy = FetchPolicy.defaults(Set.of("img.example"));

        assertThat(policy.allowList()).isEqualTo(AllowList.none());
        assertThat(policy.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.totalTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.maxRedirects()).isEqualTo(3);
        assertThat(policy.userAgent()).isEqualTo("Vistazo/0.1");
    }

    @Test
    void recognisesOwnHostsInAnySpelling() {
        FetchPolicy policy = FetchPolicy.defaults(Set.of("Img.Example."));

        assertThat(policy.isOwnHost("img.example")).isTrue();
        assertThat(policy.isOwnHost("IMG.EXAMPLE.")).isTrue();
        assertThat(policy.isOwnHost("cdn.img.example")).isFalse();
    }

    @Test
    void replacesTheAllowList() {
        FetchPolicy policy = FetchPolicy.defaults(Set.of()).withAllowList("127.0.0.0/8,files.lan");

        assertThat(policy.allowList().hosts()).containsExactly("files.lan");
        assertThat(policy.maxRedirects()).isEqualTo(3);
    }

    @Test
    void rejectsNonPositiveTimeouts() {
        FetchPolicy policy = FetchPolicy.defaults(Set.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> policy.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> policy.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(-1)));
    }
}
