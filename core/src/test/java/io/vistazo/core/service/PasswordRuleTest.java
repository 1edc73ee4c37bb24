package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.port.in.PasswordWeakness;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    private final PasswordRule rule = PasswordRule.standard();

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(rule.weakness("ana", "copper-kettle-rain")).isEmpty();
    }

    @Test
    void refusesShortAndOverlongOnes() {
        assertThat(rule.weakness("ana", "k3ttle!")).contains(PasswordWeakness.TOO_SHORT);
        assertThat(rule.weakness("ana", null)).contains(PasswordWeakness.TOO_SHORT);
        assertThat(rule.weakness("ana", "x".repeat(1025))).contains(PasswordWeakness.TOO_LONG);
    }

    @Test
    void refusesTheNameOrAPasswordContainingIt() {
        assertThat(rule.weakness("ricardo_m", "Ricardo_M")).contains(PasswordWeakness.CONTAINS_NAME);
        assertThat(rule.weakness("ricardo", "my-RICARDO-2026")).contains(PasswordWeakness.CONTAINS_NAME);
        assertThat(rule.weakness("al", "always-blue-sky")).as("a two-letter name is only refused when equal")
                .isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(rule.weakness("ana", "Password123")).contains(PasswordWeakness.COMMON);
        assertThat(rule.weakness("ana", "QWERTYUIOP")).contains(PasswordWeakness.COMMON);
        assertThat(rule.commonCount()).isGreaterThan(100);
    }
}
