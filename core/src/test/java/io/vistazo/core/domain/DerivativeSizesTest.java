package io.vistazo.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DerivativeSizesTest {

    @Test
    void aThumbNeedsAtLeastOnePixelEachWay() {
        assertThatThrownBy(() -> new DerivativeSizes(0, 320, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thumb width must be at least 1, not 0");
        assertThatThrownBy(() -> new DerivativeSizes(320, -5, 500))
                .hasMessage("thumb height must be at least 1, not -5");
        assertThat(new DerivativeSizes(1, 1, 500).thumbHeight()).isEqualTo(1);
    }

    @Test
    void aMediumWidthOfZeroMeansNoMediumAndBelowIsRefused() {
        assertThat(new DerivativeSizes(320, 320, 0).mediumWidth()).isZero();
        assertThatThrownBy(() -> new DerivativeSizes(320, 320, -1))
                .hasMessage("medium width must be at least 0, not -1");
    }
}
