package io.vistazo.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTML pieces other answers carry come from templates too, escaped where they stand, one line each. */
class TemplatesTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    @Test
    void theHtmlEmbedCodeEscapesTheTitleAndTheLinks() {
        String code = Templates.render("embedHtml.jte", Map.of("viewer", "https://x.test/image/a.1?b=1&c=2",
                "picture", "https://x.test/images/a.png", "title", "Sunset " + HOSTILE));

        assertThat(code).isEqualTo("<a href=\"https://x.test/image/a.1?b=1&amp;c=2\"><img "
                + "src=\"https://x.test/images/a.png\" alt=\"Sunset &#34;>&lt;script>alert(1)&lt;/script>\"></a>");
    }

    @Test
    void aVideoPlayerWithoutAPosterLeavesTheAttributeOut() {
        Map<String, Object> player = new HashMap<>();
        player.put("width", 640);
        player.put("height", 360);
        player.put("poster", null);
        player.put("source", "https://x.test/images/clip.mp4");
        assertThat(Templates.render("oembedVideo.jte", player)).isEqualTo("<video controls preload=\"metadata\" "
                + "width=\"640\" height=\"360\" src=\"https://x.test/images/clip.mp4\"></video>");

        player.put("poster", "https://x.test/images/clip.fr.jpg");
        assertThat(Templates.render("oembedVideo.jte", player))
                .contains(" poster=\"https://x.test/images/clip.fr.jpg\" ");
    }

    @Test
    void theBareErrorPageEscapesItsText() {
        Map<String, Object> page = new HashMap<>();
        page.put("title", "Not found");
        page.put("text", "No " + HOSTILE);
        assertThat(Templates.render("bare.jte", page)).startsWith("<!DOCTYPE html>")
                .contains("<title>Not found</title>").contains("<p>No \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>")
                .doesNotContain("<script>");
    }
}
