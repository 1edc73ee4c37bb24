package io.vistazo.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raw configuration values by name ({@code public-url}), layered: command-line flags over environment variables
 * ({@code VISTAZO_PUBLIC_URL}) over a properties file over defaults.
 */
final class Settings {

    private final Map<String, String> flags;
    private final Map<String, String> env;
    private final Properties file;
    /** Every name {@link #get(String)} was asked for: what the program reads, so what a flag may name. */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private final Map<String, String> effective = new ConcurrentHashMap<>();

    private Settings(Map<String, String> flags, Map<String, String> env, Properties file) {
        this.flags = flags;
        this.env = env;
        this.file = file;
    }

    /** Reads {@code --config FILE} (or {@code VISTAZO_CONFIG}) when given. */
    static Settings load(Map<String, String> flags, Map<String, String> env) {
        Settings withoutFile = new Settings(flags, env, new Properties());
        Properties file = new Properties();
        Optional<String> configPath = withoutFile.get("config");
        if (configPath.isPresent()) {
            try (Reader reader = Files.newBufferedReader(Path.of(configPath.get()), StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read config file " + configPath.get() + ": " + e, e);
            }
        }
        return new Settings(flags, env, file);
    }

    /** Parses {@code --name value} and {@code --name=value}; other words are returned in {@code rest}. */
    static Map<String, String> parseFlags(List<String> args, List<String> rest) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                rest.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                flags.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                flags.put(name, args.get(++i));
            } else {
                flags.put(name, "true");
            }
        }
        return flags;
    }

    Optional<String> get(String name) {
        asked.add(name);
        String value = flags.get(name);
        if (value == null) {
            value = env.get("VISTAZO_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        if (value == null) {
            value = file.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * Declares settings that the current choice does not read (the {@code s3-*} settings while {@code storage} is
     * {@code local}), so a flag naming one is still known rather than refused as unknown.
     */
    void declare(Set<String> names) {
        asked.addAll(names);
    }

    /** Every name asked for so far, in order. */
    Set<String> namesAskedFor() {
        return new TreeSet<>(asked);
    }

    /** The command-line flags given whose names nothing has asked for yet, in the order of their names. */
    Set<String> flagsNotAskedFor() {
        Set<String> unknown = new TreeSet<>(flags.keySet());
        unknown.removeAll(asked);
        return unknown;
    }

    String get(String name, String fallback) {
        String value = get(name).orElse(fallback);
        effective.put(name, value);
        return value;
    }

    /**
     * Every setting read with a default so far and the value it took, by name: what the admin dashboard lists
     * (masked by {@link SettingRows}). Settings without a default appear when they are set.
     */
    Map<String, String> effectiveValues() {
        Map<String, String> values = new TreeMap<>(effective);
        for (String name : asked) {
            get(name).ifPresent(value -> values.putIfAbsent(name, value));
        }
        return values;
    }

    int getInt(String name, int fallback) {
        String value = get(name, Integer.toString(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
        }
    }
}
