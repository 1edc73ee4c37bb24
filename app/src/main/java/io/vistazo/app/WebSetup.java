package io.vistazo.app;

import java.time.Duration;

/**
 * Settings of the web interface. The README's configuration table lists the same names.
 *
 * @param sessionIdle a sign-in unused this long is over
 * @param loginFailuresPerHour wrong passwords one address may send per hour before it gets 429; 0 = no limit
 */
record WebSetup(Duration sessionIdle, int loginFailuresPerHour) {

    static WebSetup from(Settings settings) {
        int idleDays = settings.getInt("session-idle-days", 14);
        if (idleDays < 1) {
            throw new IllegalArgumentException("session-idle-days must be at least 1, not " + idleDays);
        }
        int failures = settings.getInt("login-failures-per-hour", 20);
        if (failures < 0) {
            throw new IllegalArgumentException("login-failures-per-hour must be 0 or more, not " + failures);
        }
        return new WebSetup(Duration.ofDays(idleDays), failures);
    }
}
