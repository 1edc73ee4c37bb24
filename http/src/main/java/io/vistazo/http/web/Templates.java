package io.vistazo.http.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The compiled templates ({@code http/src/main/jte}, turned into classes at build time, so nothing is compiled at
 * run time): pages, and the pieces of HTML other answers carry, such as an embed code. Every {@code ${...}} is
 * escaped for where it stands (text, attribute, URL), so no code escapes HTML by hand.
 */
public final class Templates {

    /** Where the build puts the compiled templates (the jte-maven-plugin's {@code packageName}). */
    private static final String TEMPLATES_PACKAGE = "io.vistazo.http.web.templates";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), TEMPLATES_PACKAGE);

    private Templates() {
    }

    /**
     * The template rendered with its parameters, without the line break that ends the template's file: a
     * fragment, such as an embed code, is one line.
     */
    public static String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, params, output);
        String html = output.toString();
        return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    }
}
