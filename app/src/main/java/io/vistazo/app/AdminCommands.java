package io.vistazo.app;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.service.Keys;
import io.vistazo.core.text.FileNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code vistazo user|key|category|album …}: administration of the data folder from the command line, acting as
 * {@link User#CONSOLE}. Safe while a server uses the same folder. Refusals become {@link IllegalArgumentException}s,
 * which {@link Main} prints.
 */
final class AdminCommands {

    private static final Map<String, Consumer<AdminCommands>> VERBS = Map.ofEntries(
            Map.entry("user add", AdminCommands::userAdd),
            Map.entry("user list", AdminCommands::userList),
            Map.entry("user remove", AdminCommands::userRemove),
            Map.entry("key create", AdminCommands::keyCreate),
            Map.entry("key list", AdminCommands::keyList),
            Map.entry("key revoke", AdminCommands::keyRevoke),
            Map.entry("category add", AdminCommands::categoryAdd),
            Map.entry("category list", AdminCommands::categoryList),
            Map.entry("category remove", AdminCommands::categoryRemove),
            Map.entry("album add", AdminCommands::albumAdd),
            Map.entry("album list", AdminCommands::albumList));
    /** The flags these commands read besides the settings. */
    static final Set<String> OPTIONS = Set.of("user", "name", "role", "password", "delete-media", "key",
            "description", "privacy");
    private static final User CONSOLE = User.CONSOLE;

    private final Management management;
    private final Settings settings;
    private final List<String> args;
    private final InputStream in;
    private final PrintStream out;

    private AdminCommands(Management management, Settings settings, List<String> args, InputStream in,
                          PrintStream out) {
        this.management = management;
        this.settings = settings;
        this.args = args;
        this.in = in;
        this.out = out;
    }

    /** Whether {@code words} start with one of the commands, e.g. {@code user add ana}. */
    static boolean handles(List<String> words) {
        return VERBS.containsKey(verb(words));
    }

    private static String verb(List<String> words) {
        return String.join(" ", words.subList(0, Math.min(2, words.size())));
    }

    /** @param words the group, the verb and its positional arguments, e.g. {@code user add ana} */
    static void run(List<String> words, Settings settings, InputStream in, PrintStream out) {
        Consumer<AdminCommands> command = VERBS.get(verb(words));
        if (command == null) {
            throw new IllegalArgumentException("unknown command '" + String.join(" ", words) + "' (see help)");
        }
        List<String> args = words.subList(Math.min(2, words.size()), words.size());
        try (Wiring wiring = Wiring.openForCommand(VistazoConfig.from(settings))) {
            command.accept(new AdminCommands(wiring.management(), settings, args, in, out));
        } catch (Refusal refused) {
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    private void userAdd() {
        String name = single("NAME");
        Role role = role(settings.get("role", "user"));
        String password = settings.get("password").orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = FileNames.randomHex(20, new SecureRandom());
        } else if (password.equals("-")) {
            password = firstLineOfInput();
        }
        User user = management.accounts().create(CONSOLE, name, role, password);
        out.println("Created " + user.role().name().toLowerCase(Locale.ROOT) + " '" + user.name() + "'.");
        if (generated) {
            out.println("Password for the web login, shown only this once: " + password);
        }
    }

    private void userList() {
        for (User user : management.accounts().list(CONSOLE)) {
            out.println(user.name() + "  " + user.role().name().toLowerCase(Locale.ROOT));
        }
    }

    private void userRemove() {
        String name = single("NAME");
        boolean deleteMedia = flag("delete-media");
        int deleted = management.accounts().remove(CONSOLE, name, deleteMedia);
        out.println("Removed user '" + name + "' with its keys and albums; "
                + (deleteMedia ? "deleted " + deleted + " media." : "its media are kept without an owner."));
    }

    private void keyCreate() {
        User owner = namedUser();
        out.println(management.keys().create(CONSOLE, owner, settings.get("name", "cli")).key());
    }

    private void keyList() {
        for (Keys.KeyView key : management.keys().list(CONSOLE, namedUser())) {
            out.println(key.masked() + "  " + key.name() + "  " + key.created()
                    + (key.revoked() ? "  (revoked)" : ""));
        }
    }

    private void keyRevoke() {
        Keys.KeyView revoked = management.keys().revoke(CONSOLE, single("ID"));
        out.println("Revoked " + revoked.masked() + " (" + revoked.name() + ").");
    }

    private void categoryAdd() {
        String urlKey = settings.get("key").orElseThrow(() -> new IllegalArgumentException("--key URLKEY is required"));
        Category category = management.categories().create(CONSOLE, text("NAME"), urlKey,
                settings.get("description").orElse(null));
        out.println("Created category '" + category.name() + "' with category_id " + category.id() + ".");
    }

    private void categoryList() {
        for (Category category : management.categories().list()) {
            out.println(category.id() + "  " + category.urlKey() + "  " + category.name());
        }
    }

    private void categoryRemove() {
        Category removed = management.categories().remove(CONSOLE, single("URLKEY"));
        out.println("Removed category '" + removed.name() + "'; its media are kept without a category.");
    }

    private void albumAdd() {
        User owner = namedUser();
        AlbumPrivacy privacy = AlbumPrivacy.parse(settings.get("privacy", "public"));
        Album album = management.albums().create(CONSOLE, owner, text("NAME"),
                settings.get("description").orElse(null), privacy);
        out.println("Created album '" + album.name() + "' with album_id " + management.albums().encodedId(album)
                + ".");
    }

    private void albumList() {
        for (Album album : management.albums().listByUser(CONSOLE, namedUser())) {
            out.println(management.albums().encodedId(album) + "  " + album.privacy().label() + "  "
                    + album.mediaCount() + " media  " + album.name());
        }
    }

    private User namedUser() {
        String name = settings.get("user").orElseThrow(() -> new IllegalArgumentException("--user NAME is required"));
        return management.accounts().require(name);
    }

    /** Exactly one positional argument. */
    private String single(String what) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("expected one " + what + " (flags go after it)");
        }
        return args.get(0);
    }

    /** The positional arguments as one text, so names may have spaces without quotes. */
    private String text(String what) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return String.join(" ", args);
    }

    /** A flag without value parses as {@code true}; a word right after it would have been taken as its value. */
    private boolean flag(String name) {
        String value = settings.get(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--" + name + " takes no value; put it after the other words");
        }
        return value.equals("true");
    }

    private static Role role(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "admin" -> Role.ADMIN;
            case "user" -> Role.USER;
            default -> throw new IllegalArgumentException("--role must be admin or user, not " + value);
        };
    }

    private String firstLineOfInput() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("--password - expects the password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
