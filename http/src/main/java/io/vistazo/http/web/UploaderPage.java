package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.http.Html;

/**
 * The {@code /upload} page: a whole document in the visitor's language. Everything a person reads is rendered
 * here from the bundles; the script only shows, hides and fills in, and reads its texts and settings from two
 * JSON data blocks (data, not script, so the strict Content-Security-Policy holds).
 */
final class UploaderPage {

    static final String SIGN_IN_PATH = "/login?next=/upload";
    static final String MY_MEDIA_PATH = "/my";

    private UploaderPage() {
    }

    static String render(UploaderView view) {
        Language language = view.messages().language();
        return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + view.text("page.title") + " - Vistazo</title>"
                + "<link rel=\"stylesheet\" href=\"" + Html.escape(view.assets().styles()) + "\">"
                + (view.mayUpload() ? "<script src=\"" + Html.escape(view.assets().script()) + "\" defer></script>"
                        : "")
                + "</head><body class=\"up-page\">"
                + header(view)
                + "<main id=\"uploader\" class=\"up\">" + (view.mayUpload() ? UploaderSections.all(view)
                        : signInInvitation(view)) + "</main>"
                + (view.mayUpload() ? UploaderDialogs.all(view) + UploaderData.blocks(view) : "")
                + "</body></html>";
    }

    private static String header(UploaderView view) {
        return "<header class=\"up-header\"><span class=\"up-brand\">" + view.text("site.home") + "</span>"
                + languages(view) + account(view) + "</header>";
    }

    /** Plain links that set the language cookie: they work without script and with the keyboard. */
    private static String languages(UploaderView view) {
        StringBuilder html = new StringBuilder("<nav class=\"up-langs\" aria-label=\"" + view.text("lang.label")
                + "\">");
        for (Language language : Language.values()) {
            boolean current = language == view.messages().language();
            html.append("<a href=\"?lang=").append(language.tag()).append("\" hreflang=\"").append(language.tag())
                    .append("\" lang=\"").append(language.tag()).append("\" id=\"lang-").append(language.tag())
                    .append('"').append(current ? " aria-current=\"true\"" : "").append('>')
                    .append(Html.escape(Messages.of(language).get("lang.name"))).append("</a>");
        }
        return html.append("</nav>").toString();
    }

    private static String account(UploaderView view) {
        String label = " aria-label=\"" + view.text("nav.label") + "\"";
        if (view.user().isEmpty()) {
            return "<nav class=\"up-account\"" + label + "><a href=\"" + SIGN_IN_PATH + "\">"
                    + view.text("nav.sign_in") + "</a></nav>";
        }
        User user = view.user().get();
        return "<nav class=\"up-account\"" + label + "><span class=\"up-who\">"
                + Html.escape(view.messages().format("nav.signed_in_as", user.name())) + "</span> <a href=\""
                + MY_MEDIA_PATH + "\">" + view.text("nav.my_media") + "</a></nav>";
    }

    private static String signInInvitation(UploaderView view) {
        return "<section class=\"up-box up-signin\"><h1>" + view.text("up.signin.heading") + "</h1><p>"
                + Phrases.link(view.messages(), "up.signin.text", "up.signin.link", SIGN_IN_PATH)
                + "</p></section>";
    }
}
