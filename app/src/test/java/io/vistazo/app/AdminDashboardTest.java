package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /admin}: media and bytes stored, today's uploads in the chart, top uploaders, and the effective settings
 * with every secret masked.
 */
@EnumSource(names = {"JETTY", "JDK"})
class AdminDashboardTest extends EngineSuite {

    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\"[^>]*data-day=\"([0-9-]+)\" "
            + "data-uploads=\"(\\d+)\"");

    WebWorld world;

    @Override
    String[] settings() {
        return new String[] {"guest-key", "guest_secret_value_123"};
    }

    @Override
    void prepare() {
        world = new WebWorld(server);
        world.upload(world.anaKey, "alpha.png");
        world.upload(world.anaKey, "alpha.png");
        world.upload(world.bobKey, "alpha.png");
    }

    @Test
    void theDashboardCountsMediaAndDrawsTodaysUploads() {
        String page = Browser.text(world.root.get("/admin"));
        long stored = TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media");
        assertThat(stored).isGreaterThanOrEqualTo(3);
        assertThat(page).contains("<dd id=\"media-count\">" + stored + "</dd>").contains("id=\"bytes-stored\">")
                .contains("<svg id=\"uploads-chart\"");

        Matcher bars = BAR.matcher(page);
        int days = 0;
        String lastDay = null;
        long lastUploads = -1;
        while (bars.find()) {
            days++;
            lastDay = bars.group(1);
            lastUploads = Long.parseLong(bars.group(2));
        }
        assertThat(days).isEqualTo(30);
        assertThat(lastDay).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(lastUploads).isEqualTo(stored);
        assertThat(page.indexOf("<td>ana</td><td>2</td>")).isPositive()
                .isLessThan(page.indexOf("<td>bob</td><td>1</td>"));
    }

    @Test
    void theSettingsAreListedWithEverySecretMasked() {
        String page = Browser.text(world.root.get("/admin"));
        assertThat(page).contains("<code>engine</code>").contains("<code>max-upload-size</code></td><td><code>100 MB")
                .contains("<code>admin-key</code></td><td><code>********</code>")
                .contains("<code>guest-key</code></td><td><code>********</code>")
                .doesNotContain(TestServer.ADMIN_KEY).doesNotContain("guest_secret_value_123");
    }

    @Test
    void theDashboardSpeaksSpanishWithNoEnglishLeft() {
        String html = Browser.text(world.root.get("/admin?lang=es"));
        assertThat(html).contains("Subidas por día");
        assertThat(SpanishPages.englishIn(html)).isEmpty();
    }
}
