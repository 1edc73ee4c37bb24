package io.vistazo.app;

import io.vistazo.core.port.in.SignUp;
import java.time.Duration;
import java.util.Locale;

/**
 * Settings of the web interface. The README's configuration table lists the same names.
 *
 * @param sessionIdle a sign-in unused this long is over
 * @param loginFailuresPerHour wrong passwords one address may send per hour before it gets 429; 0 = no limit
 * @param siteName the name in every page's header and title
 * @param signup who may make their own account: nobody ({@code off}), invited visitors, or anyone
 */
record WebSetup(Duration sessionIdle, int loginFailuresPerHour, String siteName, SignUp.Mode signup) {

    static WebSetup from(Settings settings) {
        int idleDays = settings.getInt("session-idle-days", 14);
        if (idleDays < 1) {
            throw new IllegalArgumentException("session-idle-days must be at least 1, not " + idleDays);
        }
        int failures = settings.getInt("login-failures-per-hour", 20);
        if (failures < 0) {
            throw new IllegalArgumentException("login-failures-per-hour must be 0 or more, not " + failures);
        }
        String siteName = settings.get("site-name", "Vistazo").strip();
        if (siteName.isEmpty()) {
            throw new IllegalArgumentException("site-name must not be blank");
        }
        return new WebSetup(Duration.ofDays(idleDays), failures, siteName, signup(settings.get("signup", "off")));
    }

    private static SignUp.Mode signup(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "off" -> SignUp.Mode.OFF;
            case "invite" -> SignUp.Mode.INVITE;
            case "open" -> SignUp.Mode.OPEN;
            default -> throw new IllegalArgumentException("signup must be off, invite or open, not " + value);
        };
    }
}
