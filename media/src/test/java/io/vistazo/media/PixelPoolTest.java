package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PixelPoolTest {

    @Test
    void aReturnedArrayIsReusedWipedClean() {
        PixelPool pool = new PixelPool(1);
        byte[] first = pool.take(3_000_000);
        Arrays.fill(first, (byte) 0x5A);

        pool.give(first);
        byte[] second = pool.take(2_000_000);

        assertThat(second).isSameAs(first);
        for (int i = 0; i < 2_000_000; i++) {
            if (second[i] != 0) {
                throw new AssertionError("byte " + i + " still holds the previous image");
            }
        }
    }

    @Test
    void aTooSmallPooledArrayIsReplaced() {
        PixelPool pool = new PixelPool(1);
        byte[] small = pool.take(1000);
        pool.give(small);

        byte[] larger = pool.take(small.length + 1);

        assertThat(larger).isNotSameAs(small).hasSizeGreaterThanOrEqualTo(small.length + 1);
    }

    @Test
    void keepsNoMoreArraysThanItsCapacityAndNoHugeOnes() {
        PixelPool pool = new PixelPool(1);
        byte[] kept = pool.take(1000);
        byte[] extra = pool.take(1000);
        byte[] huge = pool.take(PixelPool.MAX_POOLED_BYTES + 1);

        pool.give(huge);
        pool.give(kept);
        pool.give(extra);

        assertThat(pool.take(1000)).isSameAs(kept);
        assertThat(pool.take(1000)).isNotSameAs(extra).isNotSameAs(huge);
    }
}
