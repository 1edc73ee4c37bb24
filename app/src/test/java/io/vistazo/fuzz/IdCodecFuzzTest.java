package io.vistazo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vistazo.core.text.IdCodec;

/** The ID decoder reads every id in every URL: no string may make it throw or decode inconsistently. */
class IdCodecFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void decodingAnyTextIsTotalAndEncodingRoundTrips(FuzzedDataProvider data) {
        IdCodec codec = new IdCodec(data.consumeString(12), data.consumeInt(0, 10_000));
        long id = codec.decode(data.consumeRemainingAsString());
        assertThat(id).isNotNegative();
        if (id > 0 && id < Long.MAX_VALUE / 10_000) {
            assertThat(codec.decode(codec.encode(id))).isEqualTo(id);
        }
    }
}
