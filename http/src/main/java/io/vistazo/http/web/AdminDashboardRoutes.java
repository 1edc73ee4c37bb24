package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ReadSiteStatistics;
import io.vistazo.core.port.in.ReadSiteStatistics.DayCount;
import io.vistazo.core.text.SizeFormat;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin}: media and bytes stored, uploads per day for the last 30 days as an SVG bar chart drawn on the
 * server, the top uploaders and the effective settings with their secrets masked.
 */
final class AdminDashboardRoutes implements Router.Routes {

    /** Width of one day's slot in the chart, and the gap inside it. */
    private static final int SLOT = 20;
    private static final int GAP = 4;

    private final Pages pages;
    private final AdminGuard guard;
    private final ReadSiteStatistics statistics;
    private final List<SettingRow> settings;

    AdminDashboardRoutes(WebServices services, Pages pages) {
        this.pages = pages;
        this.guard = new AdminGuard(services.sessions());
        this.statistics = services.statistics();
        this.settings = services.settings();
    }

    @Override
    public void register(Router router) {
        router.get("/admin", guard.page(this::dashboard));
    }

    private void dashboard(Exchange exchange, User admin) throws IOException {
        ReadSiteStatistics.Summary summary = statistics.summary(admin);
        long total = summary.days().stream().mapToLong(DayCount::uploads).sum();
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, 200, "adminDashboard.jte", frame, new AdminViews.Dashboard(summary.media(),
                SizeFormat.format(summary.bytes()), total, bars(summary.days()), summary.days().size() * SLOT,
                summary.top().stream().map(top -> new AdminViews.Uploader(top.name(), top.uploads())).toList(),
                settings));
    }

    /** One bar per day, scaled so the busiest day fills the chart's height; a day with uploads shows at least 2. */
    static List<AdminViews.Bar> bars(List<DayCount> days) {
        long most = Math.max(1, days.stream().mapToLong(DayCount::uploads).max().orElse(1));
        int height = AdminViews.Dashboard.CHART_HEIGHT;
        List<AdminViews.Bar> bars = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            int barHeight = day.uploads() == 0 ? 0 : (int) Math.max(2, day.uploads() * height / most);
            bars.add(new AdminViews.Bar(i * SLOT + GAP / 2, height - barHeight, SLOT - GAP, barHeight,
                    day.day().toString(), day.uploads()));
        }
        return bars;
    }
}
