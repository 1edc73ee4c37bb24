package io.vistazo.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.UrlUploads;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compiled templates escape whatever they are given, by where it stands, in the layout of every page. */
class PagesTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private final Pages pages = new Pages(NoSessions.NOBODY, "Site " + HOSTILE, false);

    private static PageFrame frame(Language language) {
        return new PageFrame(Messages.of(language), "Site " + HOSTILE, Optional.empty(), "", "/assets/site.css",
                "/explore?x=" + HOSTILE);
    }

    @Test
    void valuesAreEscapedInTextAndInAttributes() {
        Thumb thumb = new Thumb("/image/a" + HOSTILE, "/images/a.png", "Title " + HOSTILE, true);
        String html = pages.render("explore.jte", frame(Language.EN),
                new ExploreView(List.of(thumb), new Paging(List.of(), 2, true)));

        assertThat(html).doesNotContain("<script>").doesNotContain("\"><script")
                .contains("<title>Explore - Site \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>")
                .contains("alt=\"Title &#34;>&lt;script>alert(1)&lt;/script>\"")
                .contains("class=\"nsfw\"")
                .contains("href=\"/login?next=%2Fexplore%3Fx%3D%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E\"")
                .contains("rel=\"prev\" href=\"/explore?page=1\"").contains("rel=\"next\" href=\"/explore?page=3\"");
    }

    @Test
    void everyPageIsOneDocumentInTheVisitorsLanguage() {
        for (Language language : Language.values()) {
            String html = pages.render("home.jte", frame(language), new HomeView(false, List.of()));
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + language.tag() + "\">")
                    .contains(Messages.of(language).get("home.sign_in"))
                    .contains(Messages.of(language).get("grid.empty"))
                    .containsOnlyOnce("<body>").doesNotContain(" style=").doesNotContain("<script");
        }
    }

    @Test
    void theUploaderEscapesNamesAndItsDataBlocksCannotBeClosed() {
        UploaderSettings settings = new UploaderSettings(false, 2, UrlUploads.USERS,
                List.of(MediaFormat.PNG, MediaFormat.JPEG));
        List<UploaderView.Choice> albums = List.of(new UploaderView.Choice("Ab1", "Album " + HOSTILE));
        UploaderView view = new UploaderView(true, true, true, albums,
                List.of(new UploaderView.Choice("7", "Cats " + HOSTILE)), settings.formats(), 1000, 2000,
                "/assets/uploader.0123456789.js", UploaderData.texts(Messages.of(Language.EN)),
                UploaderData.config("token", settings, 1000, 2000, true, true, albums));
        String html = pages.render("upload.jte", frame(Language.EN), view);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("</script>alert")
                .contains("<option value=\"Ab1\">Album \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>")
                .contains("<option value=\"7\">Cats \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>")
                .contains("\"name\":\"Album \\\"\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"")
                .contains("<script src=\"/assets/uploader.0123456789.js\" defer></script>")
                .contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">")
                .containsOnlyOnce("<body>").doesNotContain(" style=")
                .doesNotContainPattern("<script(?![^>]*(type=\"application/json\"|src=))");
    }
}
