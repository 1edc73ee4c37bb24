package io.vistazo.http.web;

import io.vistazo.core.port.in.EditMedia;
import io.vistazo.core.port.in.LimitAttempts;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ListMedia;
import io.vistazo.core.port.in.ManageAccounts;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.core.port.in.ManageCategories;
import io.vistazo.core.port.in.ManageKeys;
import io.vistazo.core.port.in.ReadSiteStatistics;
import java.util.List;

/**
 * The use cases behind the web pages. Each one takes the acting user and enforces ownership itself.
 *
 * @param loginFailures failed sign-ins per client address
 * @param settings the effective settings, secrets masked, for the admin dashboard
 * @param account the account pages' own use cases (password, sign-up, invites)
 */
public record WebServices(CookieSessions sessions, ManageAccounts accounts, LimitAttempts loginFailures,
                          ManageKeys keys, ManageAlbums albums, ManageCategories categories, ListMedia listing,
                          EditMedia editor, LinkMedia links, ReadSiteStatistics statistics,
                          List<SettingRow> settings, AccountServices account) {
}
