package io.vistazo.media;

import java.util.Map;

/** Writes a flat map of names to text as a JSON object; media has no JSON library, and needs only this. */
final class ExifJson {

    private ExifJson() {
    }

    static String write(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            appendString(json, field.getKey());
            json.append(':');
            appendString(json, field.getValue());
        }
        return json.append('}').toString();
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> appendPlain(json, c);
            }
        }
        json.append('"');
    }

    /** Control characters, and the line separators JavaScript once choked on, as {@code \\uXXXX}. */
    private static void appendPlain(StringBuilder json, char c) {
        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
        } else {
            json.append(c);
        }
    }
}
