package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.UploadOptions;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.text.Expirations;
import io.vistazo.core.text.IdCodec;
import io.vistazo.core.text.Titles;
import java.time.Instant;
import java.util.List;

/**
 * Checks the optional upload parameters against the spec and the key's user (tags only for accounts,
 * chevereto-compat.md §3.14).
 */
final class OptionsValidator {

    private static final int MAX_WIDTH_DIGITS = 6;

    private final AlbumRepository albums;
    private final CategoryRepository categories;
    private final IdCodec codec;

    OptionsValidator(AlbumRepository albums, CategoryRepository categories, IdCodec codec) {
        this.albums = albums;
        this.categories = categories;
        this.codec = codec;
    }

    ValidatedOptions validate(UploadOptions raw, User user, Instant now) {
        return new ValidatedOptions(
                given(raw.title()) ? Titles.cap(raw.title().strip()) : null,
                given(raw.description()) ? raw.description() : null,
                given(raw.tags()) && user.isAccount() ? Names.tags(raw.tags()) : List.of(),
                album(raw.albumId(), user),
                category(raw.categoryId()),
                width(raw.width()),
                given(raw.expiration()) ? Expirations.parse(raw.expiration().strip(), now).orElse(null) : null,
                "1".equals(trimmed(raw.nsfw())),
                useFileDate(raw.useFileDate(), user));
    }

    /** Chevereto drops falsy values: absent, empty and {@code "0"} all mean "not given". */
    private static boolean given(String value) {
        String trimmed = trimmed(value);
        return !trimmed.isEmpty() && !trimmed.equals("0");
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private Long album(String value, User user) {
        if (!given(value)) {
            return null;
        }
        long id = codec.decode(value.strip());
        // Guests own no albums, so any album_id from the guest key is refused.
        boolean owned = id > 0 && user.isAccount()
                && albums.ownerOf(id).filter(owner -> owner == user.id()).isPresent();
        if (!owned) {
            throw Refusal.invalidAlbum();
        }
        return id;
    }

    private Long category(String value) {
        if (!given(value)) {
            return null;
        }
        String digits = value.strip();
        if (!digits.matches("\\d{1,18}") || !categories.exists(Long.parseLong(digits))) {
            throw Refusal.invalidCategory();
        }
        return Long.parseLong(digits);
    }

    private static int width(String value) {
        if (!given(value)) {
            return 0;
        }
        String digits = value.strip();
        if (!digits.matches("\\d{1," + MAX_WIDTH_DIGITS + "}")) {
            throw Refusal.invalidWidth();
        }
        return Integer.parseInt(digits);
    }

    private static boolean useFileDate(String value, User user) {
        if (!"1".equals(trimmed(value))) {
            return false;
        }
        if (!user.isAdmin()) {
            throw Refusal.fileDateForbidden();
        }
        return true;
    }
}
