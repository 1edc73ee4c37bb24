package io.vistazo.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdCodecTest {

    @ParameterizedTest
    @CsvSource({
        "'',       1ksu9CaLelnw2HTYct8Mr3GIOQRiqyzVZjx7U0EPW5ADFKNfgpvJb46XhBSmod",
        "abcd1234, 5Hm269NRadeoz14FnvMScEIXiyAGh38DQZbjpuxfOYqPTV0CKU7JkrstLlgBWw",
    })
    void permutesTheAlphabetBySaltHash(String salt, String alphabet) {
        assertThat(new IdCodec(salt, 0).alphabet()).isEqualTo(alphabet);
    }

    @ParameterizedTest
    @CsvSource({
        "'',       0,   1,        k",
        "'',       0,   2,        s",
        "'',       0,   61,       d",
        "'',       0,   62,       k1",
        "'',       0,   63,       kk",
        "'',       0,   100,      kE",
        "'',       0,   1000,     ce",
        "'',       0,   3843,     dd",
        "'',       0,   3844,     k11",
        "'',       0,   1234567,  CwnI",
        "'',       0,   14776336, k1111",
        "abcd1234, 0,   1,        H",
        "abcd1234, 0,   62,       H5",
        "abcd1234, 0,   1000,     na",
        "abcd1234, 0,   1234567,  9oeX",
        "'',       5000, 1,       k8W",
        "'',       5000, 2,       s08",
        "'',       5000, 61,      kt3G",
        "'',       999, 1,        cL",
        "'',       999, 2,        ZT",
        "'',       999, 61,       YbX",
        "'',       999, 62,       cL1",
        "abcd1234, 999, 1,        nR",
        "abcd1234, 999, 2,        Q4",
        "abcd1234, 999, 62,       nR5",
        "abcd1234, 999, 100,      ywM",
        "abcd1234, 999, 1234567,  HEhgNu",
    })
    void matchesChevereto(String salt, long padding, long id, String encoded) {
        IdCodec codec = new IdCodec(salt, padding);

        assertThat(codec.encode(id)).isEqualTo(encoded);
        assertThat(codec.decode(encoded)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "'',  0,   k!, 62",
        "'',  0,   !k, 1",
        "'',  0,   1k, 1",
        "'',  999, cL, 1",
        "'',  999, ce, 1",
        "'',  999, k,  0",
    })
    void decodesNonCanonicalInput(String salt, long padding, String encoded, long id) {
        assertThat(new IdCodec(salt, padding).decode(encoded)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource(value = {
        "NULL",
        "''",
        "!!!",
        "\u00f1",
        "\uD83D\uDE00",
    }, nullValues = "NULL")
    void decodesGarbageToNoSuchId(String encoded) {
        assertThat(new IdCodec("", 0).decode(encoded)).isZero();
    }

    @Test
    void countsEachUtf8ByteOfANonAsciiCharAsAZeroDigitLikePhp() {
        IdCodec codec = new IdCodec("", 0);

        assertThat(codec.decode("k\u00f1")).isEqualTo(62 * 62);
        assertThat(codec.decode("k\u20ac")).isEqualTo(62 * 62 * 62);
        assertThat(codec.decode("k\uD83D\uDE00")).isEqualTo(62L * 62 * 62 * 62);
    }

    @Test
    void decodesOverflowToNoSuchId() {
        IdCodec codec = new IdCodec("", 0);

        assertThat(codec.decode("d".repeat(11))).isZero();
        assertThat(codec.decode("k" + "1".repeat(1_000_000))).isZero();
        assertThat(codec.decode("\u00f1".repeat(100_000) + "k")).isEqualTo(1);
    }

    @Test
    void decodesTheLargestLongAndNothingAbove() {
        IdCodec codec = new IdCodec("", 0);
        String largest = codec.encode(Long.MAX_VALUE);

        assertThat(codec.decode(largest)).isEqualTo(Long.MAX_VALUE);
        assertThat(codec.decode(largest + "1")).isZero();
    }

    @Test
    void encodesZeroAsEmpty() {
        assertThat(new IdCodec("abcd1234", 999).encode(0)).isEmpty();
    }

    @Test
    void roundTripsManyIds() {
        IdCodec codec = new IdCodec("5f3a9c1e", 999);

        LongStream.rangeClosed(1, 20_000).forEach(id -> assertThat(codec.decode(codec.encode(id))).isEqualTo(id));
    }

    @Test
    void refusesIdsItCannotEncode() {
        IdCodec codec = new IdCodec("", 999);

        assertThatThrownBy(() -> codec.encode(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void treatsANullSaltAsEmpty() {
        assertThat(new IdCodec(null, 0).alphabet()).isEqualTo(new IdCodec("", 0).alphabet());
    }
}
