package io.vistazo.app;

import io.vistazo.app.chevereto.BcryptHashes;
import io.vistazo.core.service.Accounts;
import io.vistazo.core.service.Albums;
import io.vistazo.core.service.Authenticator;
import io.vistazo.core.service.Categories;
import io.vistazo.core.service.DeleteMediaService;
import io.vistazo.core.service.Keys;
import io.vistazo.core.service.MediaEditor;
import io.vistazo.core.service.MediaListing;
import io.vistazo.core.service.PasswordHasher;
import io.vistazo.core.text.IdCodec;
import io.vistazo.storage.Database;
import java.security.SecureRandom;
import java.time.Clock;

/** The account, key, album, category and media use cases the command line and the web pages call. */
record Management(Accounts accounts, Keys keys, Albums albums, Categories categories, MediaListing listing,
                  MediaEditor editor) {

    static Management wire(Database database, Authenticator authenticator, DeleteMediaService deleter,
                           IdCodec codec, Clock clock, SecureRandom random) {
        Albums albums = new Albums(database.albumRepository(), database.mediaRepository(), deleter, codec, clock);
        return new Management(
                new Accounts(database.userRepository(), deleter, new PasswordHasher(random),
                        new BcryptHashes()),
                new Keys(database.keyRepository(), authenticator, codec),
                albums,
                new Categories(database.categoryRepository()),
                new MediaListing(database.mediaRepository(), clock),
                new MediaEditor(database.mediaRepository(), database.albumRepository(),
                        database.categoryRepository(), albums, deleter, codec, clock));
    }
}
