package io.vistazo.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of the upload apps for one key on this site: a ShareX custom uploader ({@code .sxcu}, the README's
 * ShareX section), PicGo's Chevereto uploader plugin ({@code picgo-plugin-chevereto}: fields {@code url} and
 * {@code key}, under {@code picBed.chevereto}), imgbb-uploader (options {@code cheveretoHost} and {@code apiKey})
 * and a curl line.
 *
 * @param baseUrl the site's base URL without trailing slash
 * @param siteName the site's name, the ShareX uploader's name
 * @param key the plain API key
 */
record ClientConfigs(String baseUrl, String siteName, String key) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The name the PicGo plugin registers its uploader under, and its configuration's key. */
    private static final String PICGO_UPLOADER = "chevereto";

    String uploadUrl() {
        return baseUrl + "/api/1/upload";
    }

    /**
     * imgbb-uploader's {@code cheveretoHost}: scheme, host and port. It takes {@code https} unless the value says
     * {@code http://}, so the scheme is always written; it posts to {@code /api/1/upload} there, whatever path
     * follows.
     */
    String cheveretoHost() {
        URI base = URI.create(baseUrl);
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /**
     * PicGo-Core's {@code config.json} with the Chevereto plugin as the uploader ({@code picBed.uploader}, and
     * {@code picBed.current}, which older PicGo versions read). The plugin's other fields, {@code source_param}
     * and {@code url_param}, are left out: their defaults ({@code source}, {@code url}) fit.
     */
    String picgo() {
        Map<String, Object> plugin = new LinkedHashMap<>();
        plugin.put("url", uploadUrl());
        plugin.put("key", key);
        Map<String, Object> picBed = new LinkedHashMap<>();
        picBed.put("uploader", PICGO_UPLOADER);
        picBed.put("current", PICGO_UPLOADER);
        picBed.put(PICGO_UPLOADER, plugin);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("picBed", picBed);
        config.put("picgoPlugins", Map.of("picgo-plugin-" + PICGO_UPLOADER, true));
        return json(config);
    }

    String curl() {
        return "curl -H \"X-API-Key: " + key + "\" -F source=@picture.jpg " + uploadUrl();
    }

    /** The ShareX custom uploader, as ShareX imports it. */
    String sharex() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("Version", "16.1.0");
        config.put("Name", siteName);
        config.put("DestinationType", "ImageUploader");
        config.put("RequestMethod", "POST");
        config.put("RequestURL", uploadUrl());
        config.put("Headers", Map.of("X-API-Key", key));
        config.put("Body", "MultipartFormData");
        config.put("Arguments", Map.of("format", "json"));
        config.put("FileFormName", "source");
        config.put("URL", "{json:image.url}");
        config.put("ThumbnailURL", "{json:image.thumb.url}");
        config.put("DeletionURL", "{json:image.delete_url}");
        config.put("ErrorMessage", "{json:error.message}");
        return json(config);
    }

    private static String json(Map<String, Object> config) {
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialize", e);
        }
    }

    /** A file name for the {@code .sxcu}: the site's name in safe characters. */
    String sharexFileName() {
        String safe = siteName.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? "vistazo" : safe) + ".sxcu";
    }
}
