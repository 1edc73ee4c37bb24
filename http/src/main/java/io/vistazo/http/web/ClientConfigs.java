package io.vistazo.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of the upload apps for one key on this site: a ShareX custom uploader ({@code .sxcu}, the README's
 * ShareX section), PicGo's Chevereto uploader plugin, imgbb-uploader and a curl line.
 *
 * @param baseUrl the site's base URL without trailing slash
 * @param siteName the site's name, the ShareX uploader's name
 * @param key the plain API key
 */
record ClientConfigs(String baseUrl, String siteName, String key) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String uploadUrl() {
        return baseUrl + "/api/1/upload";
    }

    String host() {
        return URI.create(baseUrl).getAuthority();
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
