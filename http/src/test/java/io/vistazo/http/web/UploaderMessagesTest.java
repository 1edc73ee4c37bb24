package io.vistazo.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The uploader's texts: both languages complete, the widget's strings verbatim, links inside their sentences. */
class UploaderMessagesTest {

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ES = Messages.of(Language.ES);

    /** Chevereto's Spanish widget strings (the seed's tail) and their English msgids, by our key. */
    private static final Map<String, String[]> WIDGET = Map.ofEntries(
            Map.entry("up.queue.customize", new String[] {
                "Customize upload by clicking on any preview",
                "Personaliza la subida al hacer click en cualquier vista previa"}),
            Map.entry("up.queue.customize.touch", new String[] {
                "Customize upload by touching on any preview",
                "Personaliza la subida al tocar en cualquier vista previa"}),
            Map.entry("up.uploading.many", new String[] {
                "Uploading %d files (%d%% complete)", "Subiendo %d archivos (%d%% completado)"}),
            Map.entry("up.uploading.text", new String[] {
                "The queue is being uploaded, it should take just a few seconds to complete.",
                "Subida en curso, debería tomar solo un momento para completar el proceso."}),
            Map.entry("up.result.success", new String[] {"Upload complete", "Subida completada"}),
            Map.entry("up.result.added.create", new String[] {
                "Uploaded content added to %s. You can create new album with the content just uploaded.",
                "Contenido subido agregado a %s. Puedes crear nuevo álbum con el contenido recién subido."}),
            Map.entry("up.result.guest", new String[] {
                "You must create an account or sign in to save this content into your account.",
                "Debes crear una cuenta o entrar para guardar este contenido en tu cuenta."}),
            Map.entry("up.result.error", new String[] {"No file have been uploaded", "No se han subido archivo"}),
            Map.entry("up.result.error.text", new String[] {
                "Some errors have occurred and the system couldn't process your request.",
                "Se han producido algunos errores y el sistema no pudo procesar tu solicitud."}),
            Map.entry("up.result.mixed", new String[] {
                "Note: Some files couldn't be uploaded.", "Nota: Algunos archivos no se pudieron subir."}),
            Map.entry("up.result.learn_more", new String[] {"learn more", "conocer más"}),
            Map.entry("up.result.error.check", new String[] {
                "Check the error report for more information.", "Revisa el reporte de error para más información."}));

    @Test
    void bothLanguagesHaveEveryKey() {
        assertThat(ES.withPrefix("").keySet()).isEqualTo(EN.withPrefix("").keySet());
        assertThat(ES.withPrefix("").values()).noneMatch(String::isBlank);
    }

    @Test
    void theWidgetStringsAreVerbatim() {
        WIDGET.forEach((key, texts) -> {
            assertThat(EN.get(key)).as(key).isEqualTo(texts[0]);
            assertThat(ES.get(key)).as(key).isEqualTo(texts[1]);
        });
    }

    @Test
    void placeholdersAreFilledInOrderAndPercentSignsKept() {
        assertThat(ES.format("up.uploading.many", 3, 40)).isEqualTo("Subiendo 3 archivos (40% completado)");
        assertThat(EN.format("up.uploading.many", 3, 40)).isEqualTo("Uploading 3 files (40% complete)");
        assertThat(Messages.fill("%s and %s", "one")).isEqualTo("one and %s");
    }

    @Test
    void everyLinkPhraseIsPartOfItsSentence() {
        for (Messages messages : new Messages[] {EN, ES}) {
            String language = messages.language().tag();
            assertThat(messages.get("up.signin.text")).as(language).contains(messages.get("up.signin.link"));
            assertThat(messages.get("up.result.guest")).as(language)
                    .contains(messages.get("up.result.guest.create.link"))
                    .contains(messages.get("up.result.guest.sign_in.link"));
            assertThat(messages.get("up.result.error.check")).as(language)
                    .contains(messages.get("up.result.error.check.link"));
            assertThat(messages.get("up.result.added.create")).as(language)
                    .contains(messages.get("up.result.create.link"));
            assertThat(messages.get("up.result.added.create_or_move")).as(language)
                    .contains(messages.get("up.result.create.link")).contains(messages.get("up.result.move.link"));
        }
    }

    @Test
    void everyTextTheScriptAsksForExists() {
        String script = StaticAsset.load("uploader.js", "text/javascript").text();
        Set<String> keys = new LinkedHashSet<>();
        Matcher calls = Pattern.compile("\\bt\\('([a-z0-9_.]+)'").matcher(script);
        while (calls.find()) {
            keys.add(calls.group(1));
        }
        Matcher templates = Pattern.compile("\\bt\\(`(up\\.[a-z0-9_.]+)\\.\\$\\{").matcher(script);
        while (templates.find()) {
            for (String state : new String[] {"waiting", "sending", "done", "failed", "cancelled"}) {
                keys.add(templates.group(1) + "." + state);
            }
        }

        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(EN.withPrefix("up.").keySet()).containsAll(keys);
    }

    @Test
    void aSentenceIsCutAroundItsLinkPhrase() {
        assertThat(Sentence.of(ES.get("up.signin.text"), ES.get("up.signin.link")))
                .isEqualTo(new Sentence("Debes ", "entrar", " para subir archivos."));
        assertThat(Sentence.of("a <b> c <b>", "<b>")).isEqualTo(new Sentence("a ", "<b>", " c <b>"));
        Sentence without = Sentence.of("no phrase here", "missing");
        assertThat(without).isEqualTo(new Sentence("no phrase here", null, ""));
        assertThat(without.linked()).isFalse();
    }
}
